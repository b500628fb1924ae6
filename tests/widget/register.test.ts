// @vitest-environment happy-dom
// A page that loads the script twice (or already has another <scam-tips>) keeps working.
import { expect, it } from 'vitest';

it('does not redefine <scam-tips> when the name is taken', async () => {
  class Earlier extends HTMLElement {}
  customElements.define('scam-tips', Earlier);
  const module = await import('../../widget/scam-tips.ts');
  expect(customElements.get('scam-tips')).toBe(Earlier);
  expect(module.ScamTipsElement).not.toBe(Earlier);
});
