// npm run build: the content first (it fails with file and field on bad content), then every
// shipped target. Each step prints one line.
import { build } from 'vite';
import { buildContent } from '../content/build.ts';

const started = performance.now();
try {
  const report = buildContent();
  console.log(`content: ${report.bundles.length} locale bundles in ${report.ms.toFixed(0)} ms`);
} catch (e) {
  console.error(e instanceof Error && e.name === 'ContentError' ? e.message : e);
  process.exit(1);
}

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log('site: dist/site');

// The embeddable widget: dist/widget (scam-tips.js, embed.html, lazy chunks, scam-tips.d.ts).
await build({ configFile: 'widget/vite.config.ts', logLevel: 'warn' });
console.log('widget: dist/widget');

// Classroom mode as a page: dist/widget/classroom.html, its chunks in dist/widget/classroom/ and
// its service worker. After the widget, whose build empties dist/widget; this one adds to it.
await build({ configFile: 'widget/classroom/vite.config.ts', logLevel: 'warn' });
console.log('classroom: dist/widget/classroom.html');

// The browser extension, built for Chromium and Firefox: dist/extension/{chrome,firefox}/ (unpacked,
// loadable) and dist/scam-tips-{chrome,firefox}.zip for the stores (extension/build.ts).
const { buildExtension } = await import('../extension/build.ts');
for (const built of await buildExtension()) console.log(`extension: dist/extension/${built.target} and dist/scam-tips-${built.target}.zip`);

console.log(`build finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
