// The content build: validates every file in content/ and writes one compact bundle per locale to
// content/generated/. Any problem stops the build with the file, the JSON path and what to fix.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { assembleBundle } from './assemble.ts';
import { writeSignalIndex } from './detect/build-index.ts';
import { readContentFiles, readSeedNames } from './read-files.ts';
import { LOCALES } from './schema/common.ts';
import { cutSlice, SLICES, type SliceName } from './slices.ts';
import { formatProblem, validateContent } from './validate.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const GENERATED_DIR = join(here, 'generated');

export interface BuildReport {
  ms: number;
  bundles: { locale: string; bytes: number; gzipBytes: number }[];
}

export function buildContent(): BuildReport {
  const start = performance.now();
  const files = readContentFiles(here);
  const { content, problems } = validateContent(files, { seeds: readSeedNames(resolve(here, '../../shared/seeds')) });
  if (problems.length > 0) {
    const error = new Error(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    error.name = 'ContentError';
    throw error;
  }
  rmSync(GENERATED_DIR, { recursive: true, force: true });
  mkdirSync(GENERATED_DIR, { recursive: true });
  const bundles = LOCALES.flatMap((locale) => {
    const bundle = assembleBundle(content, locale);
    const write = (name: string, value: unknown) => {
      const json = JSON.stringify(value);
      writeFileSync(join(GENERATED_DIR, `${name}.json`), json);
      return { locale: name, bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json, { level: 9 }).length };
    };
    return [write(locale, bundle), ...(Object.keys(SLICES) as SliceName[]).map((slice) => write(`${locale}.${slice}`, cutSlice(bundle, slice)))];
  });
  // Detector step: compile content/data/signals (with content/detect/grammar.json) into
  // signal-index.json for the detector and signal-gate.json for the extension's page gate.
  writeSignalIndex(content.data.signals.values(), GENERATED_DIR);
  return { ms: performance.now() - start, bundles };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const report = buildContent();
    const sizes = report.bundles.filter((b) => !b.locale.includes('.')).map((b) => `${b.locale} ${(b.gzipBytes / 1024).toFixed(1)} KB`).join(', ');
    console.log(`content: ${LOCALES.length} locale bundles in ${report.ms.toFixed(0)} ms (gzip: ${sizes})`);
  } catch (e) {
    console.error(e instanceof Error && e.name === 'ContentError' ? e.message : e);
    process.exit(1);
  }
}
