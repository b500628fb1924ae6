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

console.log(`build finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
