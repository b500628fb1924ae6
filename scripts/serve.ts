// npm start (after the build): serves the demo site on localhost and says where everything is.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer } from './server.ts';

const { url } = await startDemoServer({ port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? '127.0.0.1' });
console.log(`\nscam-tips demo site: ${url}`);
console.log(`  the widget in every mode, the iframe page, theming, strict CSP, Arabic: ${url}`);
console.log(`  classroom mode: ${url}widget/classroom.html`);
console.log(`  all content in every language: ${url}content.html?lang=en (or nb, it, fr, de, es, pl, ru, uk, hi, zh-Hans, ar)`);
for (const browser of ['chrome', 'firefox']) {
  const dir = resolve(`dist/extension/${browser}`);
  if (existsSync(dir)) console.log(`  ${browser} extension, to load unpacked: ${dir}`);
}
console.log('Press Ctrl+C to stop.');
