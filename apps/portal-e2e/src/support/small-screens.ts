import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { WORKSPACE_ROOT } from './api-server';
import { baseUrl } from './browser';

export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

/** ARCHITECTURE.md: staff pages for a 390 px phone, the audit form for a 768 px tablet. */
export const PHONE: Viewport = { name: 'phone', width: 390, height: 844 };
export const TABLET: Viewport = { name: 'tablet', width: 768, height: 1024 };

/** Git-ignored, kept by CI as an artifact. */
export const SCREENSHOTS_DIR = join(WORKSPACE_ROOT, 'dist', 'e2e-screenshots');

export function newSizedContext(browser: Browser, viewport: Viewport): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    hasTouch: viewport.width < 900,
  });
}

/** Until no region says it is loading: the page's data has arrived and laid out. */
export async function waitUntilSettled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/**
 * How far the page reaches past the screen's right edge, in CSS pixels: the
 * document itself, and the shell's content pane, which scrolls on its own.
 * Zero when nothing scrolls sideways.
 */
export function sideScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scrollers = [
      document.documentElement,
      ...Array.from(
        document.querySelectorAll<HTMLElement>('mat-sidenav-content, .mat-drawer-content'),
      ),
    ];
    return Math.max(0, ...scrollers.map((el) => el.scrollWidth - el.clientWidth));
  });
}

export async function screenshot(page: Page, viewport: Viewport, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS_DIR, `${viewport.name}-${name}.png`),
    fullPage: true,
  });
}
