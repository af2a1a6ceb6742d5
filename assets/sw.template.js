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
  // Any page of the app (with ?stand, a #fragment…) is the one index.html.
  const key = request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key).then((hit) => hit || fetch(request))),
  );
});
