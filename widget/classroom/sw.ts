// The classroom's service worker (dist/widget/classroom-sw.js): keeps every file of the lesson, in
// every language, so it reloads and runs with no network. Scope: classroom.html and classroom/ only.
// The build (vite.config.ts) prepends PRECACHE (the built files) and VERSION (a hash of them).

declare const PRECACHE: readonly string[];
declare const VERSION: string;

// The DOM and WebWorker type libraries clash in one program, so the few service-worker types used
// here are written out.
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE = `scam-tips-classroom-${VERSION}`;
const urls = PRECACHE.map((file) => new URL(file, worker.registration.scope.replace(/[^/]*$/, '')).href);

worker.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('scam-tips-classroom-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (e) => {
  if (e.request.method !== 'GET') return;
  const url = new URL(e.request.url);
  url.hash = '';
  const isPage = e.request.mode === 'navigate';
  if (isPage) url.search = '';
  if (!urls.includes(url.href)) return;
  // The files are content-hashed (the page is not): use the network when it answers, else the copy.
  e.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const kept = await cache.match(url.href);
      if (kept && !isPage) return kept;
      try {
        const fresh = await fetch(e.request);
        if (fresh.ok && isPage) await cache.put(url.href, fresh.clone());
        return fresh;
      } catch (error) {
        if (kept) return kept;
        throw error;
      }
    }),
  );
});
