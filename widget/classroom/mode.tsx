// <scam-tips mode="classroom">: the lesson inside the widget, a lazy chunk loaded only for this
// mode. Presenting in two windows and printing happen on the full page (classroom.html), which
// the lesson opens with the same settings.
import { useMemo } from 'preact/hooks';
import type { ViewProps } from '../mode.ts';
import { Classroom } from './app.tsx';
import css from './classroom.css?inline';
import type { Lesson } from './lesson-context.ts';
import { defaultSettings } from './settings.ts';
import { initialState } from './state.ts';

export { css };

// The widget build puts its lazy chunks under dist/widget/chunks/ (widget/vite.config.ts), and the
// page beside the entry script: find it from this chunk's own address, however deep the chunk sits.
// (Not `new URL('…', import.meta.url)` with a literal, which the bundler would try to bundle.)
export function pageUrlFrom(chunkUrl: string): string {
  const at = chunkUrl.lastIndexOf('/chunks/');
  return new URL('classroom.html', at === -1 ? chunkUrl : chunkUrl.slice(0, at + 1)).href;
}

export function View({ config, content }: ViewProps<Lesson>) {
  const initial = useMemo(
    () => initialState(defaultSettings(content, content.locale.id, { topics: config.topics, country: config.country ?? config.region })),
    [content, config.topics, config.country, config.region],
  );
  const pageUrl = useMemo(() => pageUrlFrom(import.meta.url), []);
  return <Classroom key={`${content.locale.id}|${config.topics.join()}|${config.country ?? ''}`} initial={initial} bundle={content} options={{ embedded: true, pageUrl, presenter: false, session: undefined }} />;
}
