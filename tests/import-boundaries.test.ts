// The folder boundaries of docs/STYLE are enforced by lint; this proves the rules fire.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
const errorsFor = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
};

describe('import boundaries', () => {
  it('content/ imports no surface', async () => {
    expect(await errorsFor('content/x.ts', "import '../widget/scam-tips.ts';")).toEqual(['\'../widget/scam-tips.ts\' import is restricted from being used by a pattern. content/ is shared by every surface and imports none of them.']);
  });
  it('the widget never imports the extension, and reaches content only through its index', async () => {
    expect(await errorsFor('widget/x.ts', "import '../extension/background/index.ts';")).toHaveLength(1);
    expect(await errorsFor('widget/x.ts', "import '../content/validate.ts';")).toHaveLength(1);
    expect(await errorsFor('widget/x.ts', "import '../content/index.ts';")).toEqual([]);
  });
  it('page-side code never imports popup, options or background', async () => {
    expect(await errorsFor('extension/page/x.ts', "import '../popup/main.tsx';")).toHaveLength(1);
    expect(await errorsFor('extension/page/x.ts', "import '../background/index.ts';")).toHaveLength(1);
  });
  it('no innerHTML anywhere', async () => {
    expect(await errorsFor('widget/x.ts', 'document.body.innerHTML = "<b>x</b>";')).toHaveLength(1);
  });
});
