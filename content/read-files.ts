import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './validate.ts';

/** Reads every JSON file under a content folder, with paths relative to it. */
export function readContentFiles(dir: string): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated' && entry.name !== 'schema' && entry.name !== 'detect') walk(full);
      } else if (entry.name.endsWith('.json')) {
        out.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return out;
}

/** The seed documents beside the repository (../shared/seeds), when that folder is there. */
export function readSeedNames(seedDir: string): Set<string> | undefined {
  return existsSync(seedDir) ? new Set(readdirSync(seedDir)) : undefined;
}
