// Registers the service worker that keeps the simulator available offline.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Offline use is a convenience: the simulator works the same without it.
  });
}
