import { describe, expect, it } from 'vitest';
import { addressToKeep, findPhoneNumbers, parseHistory } from '../../extension/shared/history.ts';

const entry = { id: 'a', time: 1, kind: 'warning', verdict: 'scam', site: 'x.example', url: 'https://x.example/', flags: [{ id: 'urgency', words: ['now'] }], phones: ['+1 (800) 555-0199'] };

describe('history', () => {
  it('finds the phone numbers a scam page shows', () => {
    expect(findPhoneNumbers('Call Microsoft Support: +1 (800) 555-0199 (Toll Free). Error 0x80070424')).toEqual(['+1 (800) 555-0199']);
    expect(findPhoneNumbers('Ring 020 7946 0958 or 0300 123 2040 now')).toEqual(['020 7946 0958', '0300 123 2040']);
  });

  it('does not take dates, prices or order numbers for phone numbers', () => {
    expect(findPhoneNumbers('On 2026-11-22 you paid 12,480.00 USD, order 123456789012')).toEqual([]);
  });

  it('keeps scheme, host and path only', () => {
    expect(addressToKeep('https://bank.example/login?user=ann&token=secret#x')).toBe('https://bank.example/login');
    expect(addressToKeep('nonsense')).toBe('');
  });

  it('drops stored entries that are not valid and keeps the rest', () => {
    expect(parseHistory([entry, { id: 3 }, 'x'])).toEqual({ entries: [entry], dropped: 2 });
    expect(parseHistory(undefined)).toEqual({ entries: [], dropped: 0 });
    expect(parseHistory('corrupt')).toEqual({ entries: [], dropped: 1 });
  });
});
