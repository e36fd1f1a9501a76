/** The hand-written service worker at the portal's root (apps/portal/src/pwa/sw.js): web push, and installability. */
export const SERVICE_WORKER_URL = '/sw.js';

export const serviceWorkerSupported = (): boolean => typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

/** Registered on every page, signed in or not, so the portal installs as an app from the start. */
export function registerServiceWorker(): void {
  if (!serviceWorkerSupported()) return;
  navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch((error: unknown) => console.warn('service worker not registered', error));
}
