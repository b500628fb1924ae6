// The npm entry `scam-tips/widget` (package.json "exports"), as a site built with a bundler uses it:
// its type definitions check good code and reject bad code, and importing it on a server is harmless.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = resolve('.tmp/npm-entry');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = `
  import { ScamTipsElement, type ScamTipsAttributes } from 'scam-tips/widget';
  const el: ScamTipsElement = document.createElement('scam-tips');
  const attrs: ScamTipsAttributes = { mode: 'browse', theme: 'dark', rotate: 'week', 'heading-level': '3', lang: 'fr', topics: 'sms-phishing', country: 'gb' };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.addEventListener('scam-tips:check', (e) => {
    const verdict: 'scam' | 'suspicious' | 'safe' = e.detail.verdict;
    const flags: string[] = e.detail.flags;
    console.log(verdict, flags, e.detail.score.toFixed(2));
  });
  el.addEventListener('scam-tips:open', (e) => console.log(e.detail.kind, e.detail.id));
  el.addEventListener('scam-tips:dismiss', (e) => console.log(e.detail.tip));
  console.log(ScamTipsElement.observedAttributes.includes('mode'));
`;
const BAD = `
  import type { ScamTipsAttributes } from 'scam-tips/widget';
  const attrs: ScamTipsAttributes = { mode: 'carousel' };
  document.createElement('scam-tips').addEventListener('scam-tips:check', (e) => console.log(e.detail.message, attrs));
`;

let errors: Record<'good' | 'bad', string[]>;
beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  const files = { good: join(dir, 'good.ts'), bad: join(dir, 'bad.ts') };
  writeFileSync(files.good, GOOD);
  writeFileSync(files.bad, BAD);
  // One program for both files: type-checking the DOM library takes seconds.
  const program = ts.createProgram(Object.values(files), {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const of = (file: string) => ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  errors = { good: of(files.good), bad: of(files.bad) };
}, 60_000);

describe('scam-tips/widget', () => {
  it('types the element, its attributes and its events', () => {
    expect(errors.good).toEqual([]);
  });

  it('rejects values and event fields that do not exist', () => {
    expect(errors.bad).toHaveLength(2);
    expect(errors.bad.join('\n')).toMatch(/"carousel"/);
    expect(errors.bad.join('\n')).toMatch(/message/);
  });

  it('can be imported where there is no DOM (server rendering) without throwing', async () => {
    const widget = await import('scam-tips/widget');
    expect(typeof widget.ScamTipsElement).toBe('function');
  });
});
