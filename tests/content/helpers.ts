import { resolve } from 'node:path';
import { readContentFiles, readSeedNames } from '../../content/read-files.ts';
import type { ContentFile } from '../../content/validate.ts';

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content');
export const SEEDS_DIR = resolve(import.meta.dirname, '../../../shared/seeds');
export const REPORTING_MD = resolve(import.meta.dirname, '../../../shared/REPORTING.md');

export const realFiles = (): ContentFile[] => readContentFiles(CONTENT_DIR);
export const seedNames = () => readSeedNames(SEEDS_DIR);

/** The real content with one file replaced (or removed, when `text` is undefined). */
export function withFile(path: string, text: string | undefined): ContentFile[] {
  const files = realFiles().filter((f) => f.path !== path);
  return text === undefined ? files : [...files, { path, text }];
}

/** The real content with one JSON file edited. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
export function withEdit(path: string, edit: (json: any) => unknown): ContentFile[] {
  const file = realFiles().find((f) => f.path === path);
  if (!file) throw new Error(`no content file ${path}`);
  const json = JSON.parse(file.text);
  const result = edit(json);
  return withFile(path, JSON.stringify(result === undefined ? json : result, null, 2));
}
