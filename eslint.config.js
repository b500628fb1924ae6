// Lint, including the import boundaries of docs/STYLE (content/ knows no surface; the widget never
// imports the extension; page-side code never imports popup, options or background; every surface
// reaches content only through content/index.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const contentOnlyThroughIndex = {
  group: ['**/content/*', '**/content/**', '!**/content/index.ts', '!**/content/detect', '!**/content/detect/index.ts', '!**/content/detect/gate.ts'],
  message: 'Import content through content/index.ts (the detector: content/detect/index.ts, the page gate: content/detect/gate.ts).',
};

export default tseslint.config(
  // Fixture pages imitate hostile scam pages on purpose; they are test data, not our code.
  { ignores: ['dist/**', 'node_modules/**', 'content/generated/**', '.tmp/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML: render through Preact or textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML strings: render through Preact or textContent.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No HTML strings: render through Preact or textContent.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/widget/**', '**/extension/**'], message: 'content/ is shared by every surface and imports none of them.' }] }],
    },
  },
  {
    files: ['widget/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/extension/**'], message: 'The widget never imports the extension.' }, contentOnlyThroughIndex] }],
    },
  },
  {
    files: ['extension/**'],
    ignores: ['extension/page/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/widget/**'], message: 'The extension never imports the widget.' }, contentOnlyThroughIndex] }],
    },
  },
  {
    files: ['extension/page/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/popup/**', '**/options/**', '**/background/**', '**/widget/**'], message: 'Page-side code never imports popup, options, background or the widget.' },
            contentOnlyThroughIndex,
          ],
        },
      ],
    },
  },
);
