import { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, signInHome, watchErrors } from './support/browser';

interface Shown {
  title: string;
  body: string;
  tag: string;
  requireInteraction: boolean;
  url: string;
}

/**
 * The pager's browser half: the portal installs as an app (manifest, icons,
 * a service worker at the root), and the service worker turns a push from
 * the API into a notification, loud for a critical complaint. The push is
 * delivered through Chromium's DevTools protocol, as a push service would.
 */
describe('the pager (installable portal, service worker)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['notifications'], { origin: baseUrl() });
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is installable: a web app manifest with 192 and 512 px icons, and a service worker controlling every page', async () => {
    await page.goto('/sign-in');
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('manifest.webmanifest');
    const manifest = await (await context.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/' });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as Array<{ src: string }>) {
      const res = await context.request.get(`/${icon.src}`);
      expect([res.status(), res.headers()['content-type']]).toEqual([200, 'image/png']);
    }
    const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(script).toBe(`${baseUrl()}/sw.js`);
  });

  it('shows the toggle on a phone, off until the user opts in, without widening the page', async () => {
    await signInHome(page, 'staff@franscore.demo');
    const toggle = page.getByTestId('push-optin');
    await page.waitForFunction(() => document.querySelector('[data-testid="push-optin"]')?.getAttribute('data-state') === 'off');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await toggle.getAttribute('aria-label')).toBe('Alert me on this phone: off. Press to turn on');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it('turns a pushed critical alert into a notification that stays until touched', async () => {
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL === `${baseUrl()}/` && !r.isDeleted);
        if (ours) resolve(ours.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    const message = {
      title: 'CRITICAL: New complaint · MSK-001',
      body: 'C-2026-000001 (critical)',
      url: '/complaints/00000000-0000-4000-8000-000000000002',
      tag: 'critical-C-2026-000001-complaint_received',
      critical: true,
      requireInteraction: true,
      vibrate: [400, 150, 400],
    };
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: baseUrl(), registrationId: await registrationId, data: JSON.stringify(message) });
    // Polled from here: waitForFunction takes an async predicate's pending promise as truthy and would not wait.
    let shown: Shown[] = [];
    while (shown.length === 0) {
      shown = await page.evaluate(async () => {
        const list = await (await navigator.serviceWorker.ready).getNotifications();
        return list.map((n) => ({ title: n.title, body: n.body, tag: n.tag, requireInteraction: n.requireInteraction, url: n.data?.url }));
      });
      if (shown.length === 0) await page.waitForTimeout(50);
    }
    expect(shown).toEqual([
      { title: message.title, body: message.body, tag: message.tag, requireInteraction: true, url: message.url },
    ]);
    expect(errors).toEqual([]);
  });
});
