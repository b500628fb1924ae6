// The real content as classroom mode sees it: each locale's classroom slice.
import { assembleBundle } from '../../content/assemble.ts';
import { LOCALES, type LocaleId } from '../../content/locales.ts';
import { cutSlice } from '../../content/slices.ts';
import { validateContent } from '../../content/validate.ts';
import type { Lesson } from '../../widget/classroom/lesson-context.ts';
import { realFiles, seedNames } from '../content/helpers.ts';

const { content } = validateContent(realFiles(), { seeds: seedNames() });

export const lessons = Object.fromEntries(LOCALES.map((l) => [l, cutSlice(assembleBundle(content, l), 'classroom')])) as Record<LocaleId, Lesson>;
export const english = lessons.en;
