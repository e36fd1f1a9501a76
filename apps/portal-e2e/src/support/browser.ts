import { Browser, BrowserContext, Page, chromium } from 'playwright-core';

export const DEMO_PASSWORD = 'franscore-demo';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url)
    throw new Error(
      'E2E_BASE_URL is not set: run through jest.e2e.config.js, whose global setup starts the API.',
    );
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** English and a fixed viewport, so texts and screenshots do not depend on the machine. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
  });
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits for the role's home: open complaints for staff, the inbox for those who act on deadlines, the network otherwise. */
export async function signInHome(page: Page, email: string): Promise<string> {
  await signIn(page, email);
  await page.waitForURL((url) => ['/now', '/home', '/inbox', '/network'].includes(url.pathname));
  return new URL(page.url()).pathname;
}

export async function signInToNetwork(page: Page, email: string): Promise<void> {
  if ((await signInHome(page, email)) === '/network') return;
  await page.getByRole('navigation').getByRole('link', { name: 'Network', exact: true }).click();
  await page.waitForURL('**/network');
}

/**
 * Uncaught errors and console errors (CSP refusals land there) that a test
 * should fail on. A refused request is an expected answer (401, 400), not a fault.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  return errors;
}

export interface PageSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  /** Closes this context after checking its errors, then opens a fresh one: another user, no shared cookies. */
  restart(): Promise<void>;
}

export interface PageSessionOptions {
  /** How each context opens; English at the fixed desktop size unless a spec says otherwise. */
  readonly open?: (browser: Browser) => Promise<BrowserContext>;
}

/**
 * One browser per describe block, a fresh context and page per test, and every
 * test fails on a page error. Read the objects through the returned session's
 * getters: they change per test and on restart().
 */
export function usePage(options: PageSessionOptions = {}): PageSession {
  const open = options.open ?? newContext;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let errors: string[] = [];

  const current = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(`usePage: no ${name} (used outside a test, or its setup failed)`);
    return value;
  };
  const start = async (): Promise<void> => {
    context = await open(current(browser, 'browser'));
    page = await context.newPage();
    errors = watchErrors(page);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(start);
  afterEach(async () => {
    await context?.close();
    expect(errors).toEqual([]);
  });

  return {
    get browser() {
      return current(browser, 'browser');
    },
    get context() {
      return current(context, 'context');
    },
    get page() {
      return current(page, 'page');
    },
    get errors() {
      return errors;
    },
    async restart() {
      await current(context, 'context').close();
      expect(errors).toEqual([]);
      await start();
    },
  };
}
