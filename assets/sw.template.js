// Service worker of the Booster IA simulator, written at build time by
// scripts/post-build.mjs: it keeps this build's files so the simulator opens
// and works with no network. It never sends anything anywhere.
const CACHE = 'booster-ia-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('booster-ia-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself (with ?stand, a #fragment…) from the network while there
    // is one, so a new release runs at the next visit or reload (the server
    // only revalidates it); this build's copy when offline. It is not stored
    // here: the copy kept always matches the files this worker keeps.
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('/'))));
    return;
  }
  // Every other file is named by its content's hash or belongs to this build: kept ones first.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(url.pathname).then((hit) => hit || fetch(request))),
  );
});
