// classroom mode as the element loads it: the lesson (widget/classroom/mode.tsx) in a named region.
// It takes the region's name through the entry's frame.tsx, and that import also keeps Preact in the
// entry chunk: the bundler merges shared code into the entry only when every chunk that uses the
// code already depends on the entry, and without it Preact would become a chunk of its own, one
// more round trip on every first render.
import { View as Lesson, css } from '../classroom/mode.tsx';
import type { Lesson as LessonContent } from '../classroom/lesson-context.ts';
import { tr } from '../frame.tsx';
import type { ViewProps } from '../mode.ts';

export { css };

export function View(props: ViewProps<LessonContent>) {
  return (
    <section aria-label={tr(props.content)('classroom.title')}>
      <Lesson {...props} />
    </section>
  );
}
