import { describe, expect, it } from 'vitest';
import { isListed, parseSite, siteOf } from '../../extension/shared/sites.ts';

describe('sites', () => {
  it('reads the site of a web address, without www', () => {
    expect(siteOf('https://www.Example.co.uk/path?q=1')).toBe('example.co.uk');
    expect(siteOf('http://shop.example.com:8080/')).toBe('shop.example.com');
    expect(siteOf('chrome://settings')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
  });

  it('reads what a person types as a site', () => {
    expect(parseSite(' https://www.Bank.example/login ')).toBe('bank.example');
    expect(parseSite('shop.example.com')).toBe('shop.example.com');
    expect(parseSite('shop')).toBeUndefined();
    expect(parseSite('javascript:alert(1)')).toBeUndefined();
    expect(parseSite('')).toBeUndefined();
  });

  it('covers sub-domains of a listed site, not look-alikes', () => {
    expect(isListed('mail.bank.example', ['bank.example'])).toBe(true);
    expect(isListed('bank.example', ['bank.example'])).toBe(true);
    expect(isListed('evilbank.example', ['bank.example'])).toBe(false);
    expect(isListed('bank.example.evil.test', ['bank.example'])).toBe(false);
  });
});
