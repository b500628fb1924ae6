// npm run build: the content first (it fails with file and field on bad content), then every
// shipped target. Each step prints one line. `tsx scripts/build.ts widget extension` builds the
// content and only the targets named (site, widget, classroom, extension), for a quicker round.
import { build } from 'vite';
import { buildContent } from '../content/build.ts';

const TARGETS = ['site', 'widget', 'classroom', 'extension'];
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !TARGETS.includes(a));
if (unknown.length > 0) {
  console.error(`build: unknown target ${unknown.join(', ')}; targets are ${TARGETS.join(', ')}`);
  process.exit(1);
}
const wants = (target: string) => asked.length === 0 || asked.includes(target);

const started = performance.now();
try {
  const report = buildContent();
  console.log(`content: ${report.bundles.length} locale bundles in ${report.ms.toFixed(0)} ms`);
} catch (e) {
  console.error(e instanceof Error && e.name === 'ContentError' ? e.message : e);
  process.exit(1);
}

if (wants('site')) {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log('site: dist/site');
}

// The embeddable widget: dist/widget (scam-tips.js, embed.html, lazy chunks, scam-tips.d.ts).
if (wants('widget')) {
  await build({ configFile: 'widget/vite.config.ts', logLevel: 'warn' });
  console.log('widget: dist/widget');
}

// Classroom mode as a page: dist/widget/classroom.html, its chunks in dist/widget/classroom/ and
// its service worker. After the widget, whose build empties dist/widget; this one adds to it.
if (wants('classroom')) {
  await build({ configFile: 'widget/classroom/vite.config.ts', logLevel: 'warn' });
  console.log('classroom: dist/widget/classroom.html');
}

// The browser extension, built for Chromium and Firefox: dist/extension/{chrome,firefox}/ (unpacked,
// loadable) and dist/scam-tips-{chrome,firefox}.zip for the stores (extension/build.ts).
if (wants('extension')) {
  const { buildExtension } = await import('../extension/build.ts');
  for (const built of await buildExtension()) console.log(`extension: dist/extension/${built.target} and dist/scam-tips-${built.target}.zip`);
}

console.log(`build finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
