// The words the check quotes back from a message: the match, with whole words around it.
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../widget/modes/check.tsx';

describe('excerpt', () => {
  const text = 'This is your bank. Your account is blocked because of fraud. Act now: read me the code we just sent you by SMS, and do not tell anyone.';
  it('cuts at spaces, with an ellipsis where text is left out', () => {
    const start = text.indexOf('read me the code');
    const [before, match, after] = excerpt(text, start, start + 'read me the code'.length);
    expect(match).toBe('read me the code');
    expect(before).toBe('…is blocked because of fraud. Act now: ');
    expect(after).toBe(' we just sent you by SMS, and do not…');
  });
  it('keeps a short message whole', () => {
    expect(excerpt('Pay now', 0, 3)).toEqual(['', 'Pay', ' now']);
  });
  it('copes with text without spaces', () => {
    const zh = '您好这是您的银行请把验证码告诉我们不要告诉任何人这是紧急情况请马上行动否则账户会被冻结请立即回复我们谢谢合作祝您愉快';
    const start = zh.indexOf('验证码');
    const [before, match] = excerpt(zh, start, start + 3, 5);
    expect(match).toBe('验证码');
    expect(before).toBe('…的银行请把');
  });
});
