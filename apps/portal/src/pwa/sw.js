/*
 * Franscore's service worker: shows the web push the API sends for an alert
 * (even with the portal closed) and opens the complaint when it is tapped.
 * Hand-written and cache-free on purpose: the portal is an online tool, and
 * a stale cached portal on a shared phone is worse than none.
 */
/* global self */

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  let message;
  try {
    message = event.data ? event.data.json() : null;
  } catch {
    message = null;
  }
  if (!message || typeof message.title !== 'string') {
    // A push must always show something, or the browser shows its own generic notice.
    event.waitUntil(self.registration.showNotification('Franscore', { body: 'New alert', data: { url: '/' } }));
    return;
  }
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.tag,
      // A critical complaint rings again even if a notice with its tag is still shown, and stays until touched.
      renotify: Boolean(message.critical && message.tag),
      requireInteraction: Boolean(message.requireInteraction),
      vibrate: Array.isArray(message.vibrate) ? message.vibrate : undefined,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      timestamp: Date.now(),
      data: { url: typeof message.url === 'string' && message.url.startsWith('/') ? message.url : '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? '/', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        const focused = await open.focus();
        await (focused ?? open).navigate(url);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
