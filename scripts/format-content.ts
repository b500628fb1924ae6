// npm run format:content: rewrites every content file in canonical form (sorted keys, 2 spaces).
import { writeFileSync } from 'node:fs';
import { canonicalJson } from '../content/canonical-json.ts';
import { readContentFiles } from '../content/read-files.ts';

let changed = 0;
for (const file of readContentFiles('content')) {
  const pretty = canonicalJson(JSON.parse(file.text));
  if (pretty !== file.text) {
    writeFileSync(`content/${file.path}`, pretty);
    changed++;
    console.log(`formatted content/${file.path}`);
  }
}
console.log(`${changed} file(s) formatted`);
