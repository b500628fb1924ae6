// classroom.html: the lesson as a full page, made to work offline once it has loaded.
import { mountClassroom } from './mount.tsx';

const root = document.getElementById('classroom');
if (root) {
  const here = new URL(location.href);
  here.hash = '';
  void mountClassroom(root, { pageUrl: here.href }).then(() => {
    root.setAttribute('aria-busy', 'false');
  });
}

// The service worker keeps every file of the lesson (all languages) for offline use. Its scope is
// this page and its own folder only, so nothing else on the site is affected.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  void navigator.serviceWorker.register('./classroom-sw.js', { scope: './classroom' }).catch(() => undefined);
}
