// @vitest-environment happy-dom
// The warning and the notice as rendered (in a plain container: the shadow host is browser-tested).
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageUiView } from '../../extension/shared/messages.ts';
import { createActions, handleInput } from '../../extension/page/warning/actions.ts';
import { Notice } from '../../extension/page/warning/Notice.tsx';
import { Warning } from '../../extension/page/warning/Warning.tsx';
import en from '../../content/text/en/extension.json' with { type: 'json' };

const text = Object.fromEntries(Object.entries(en).filter(([k]) => k.startsWith('extension.page.')).map(([k, v]) => [k.slice('extension.'.length), (v as string).replace('{site}', 'scam.example').replace('{tool}', 'AnyDesk')]));
const view: PageUiView = {
  kind: 'warning',
  verdict: 'scam',
  lang: 'en',
  dir: 'ltr',
  site: 'scam.example',
  flags: [{ id: 'phone-number-in-alert', name: 'A warning with a number to call', explain: 'The number goes to scammers.', words: ['+1 (800) 555-0199'] }],
  isComputerScare: true,
  isStopped: true,
  text,
};

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('the scam-page warning', () => {
  it('is an alertdialog named by its title and described by the calm advice, in the reader language', () => {
    const actions = { close: vi.fn(), advice: vi.fn(), trust: vi.fn() };
    render(<Warning view={view} actions={actions} bind={{}} onSurface={() => undefined} />, root);
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute('lang')).toBe('en');
    expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Stop: this page is a scam');
    const description = root.querySelector(`#${dialog.getAttribute('aria-describedby')}`)?.textContent;
    expect(description).toContain('Your computer is fine.');
    expect(description).toContain('Do not call any number on this page.');
    expect(root.textContent).toContain('A warning with a number to call');
    expect(root.querySelector('q')?.textContent).toBe('+1 (800) 555-0199');
    expect(root.textContent).toContain("We stopped this page's sound");
  });

  it('does not claim the computer is fine on a page that is not about the computer', () => {
    render(<Warning view={{ ...view, isComputerScare: false }} actions={{ close: vi.fn(), advice: vi.fn(), trust: vi.fn() }} bind={{}} onSurface={() => undefined} />, root);
    expect(root.textContent).not.toContain('Your computer is fine.');
  });

  it('closes, opens the advice, and trusts the site only after a confirmation', async () => {
    const actions = { close: vi.fn(), advice: vi.fn(), trust: vi.fn() };
    render(<Warning view={view} actions={actions} bind={{}} onSurface={() => undefined} />, root);
    button('What should I do?').click();
    expect(actions.advice).toHaveBeenCalled();
    button('I trust this site').click();
    await Promise.resolve();
    expect(actions.trust).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Do you know scam.example well');
    button('No, go back').click();
    await Promise.resolve();
    button('I trust this site').click();
    await Promise.resolve();
    button('Yes, I trust this site').click();
    expect(actions.trust).toHaveBeenCalledTimes(1);
    render(<Warning view={view} actions={actions} bind={{}} onSurface={() => undefined} />, root);
  });

  it('runs the same actions from input the page would have swallowed', () => {
    const actions = { close: vi.fn(), advice: vi.fn(), trust: vi.fn() };
    const registry = createActions();
    render(<Warning view={view} actions={actions} bind={registry.map} onSurface={() => undefined} />, root);
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const close = root.querySelector<HTMLButtonElement>('[data-action="close"]')!;
    shadow.append(root);
    document.body.append(host);
    close.focus();
    // Enter on the focused button runs its action, and its default (a second click) must not happen.
    expect(handleInput('keydown|Enter', shadow, registry.run)).toBe(true);
    expect(actions.close).toHaveBeenCalledTimes(1);
    // Other keys, and the click a key press makes (detail 0), run nothing.
    expect(handleInput('keydown|a', shadow, registry.run)).toBe(false);
    expect(handleInput('click|0|0|0', shadow, registry.run)).toBe(false);
    expect(handleInput('click|x|y|1', shadow, registry.run)).toBe(false);
    expect(actions.close).toHaveBeenCalledTimes(1);
    expect(actions.advice).not.toHaveBeenCalled();
    expect(actions.trust).not.toHaveBeenCalled();
  });
});

describe('the remote-access notice', () => {
  it('is a named, non-modal dialog that asks the question and offers "I started this myself"', () => {
    const actions = { mine: vi.fn(), advice: vi.fn(), hide: vi.fn() };
    render(<Notice view={{ ...view, kind: 'notice', verdict: 'safe', tool: 'AnyDesk', flags: [] }} actions={actions} bind={{}} onSurface={() => undefined} />, root);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Did someone on the phone ask you to install this?');
    expect(root.textContent).toContain('Hang up.');
    expect(root.textContent).toContain('This page is for AnyDesk.');
    button('I started this myself').click();
    expect(actions.mine).toHaveBeenCalled();
  });
});
