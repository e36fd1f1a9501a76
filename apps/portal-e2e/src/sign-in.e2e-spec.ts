import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, watchErrors, signIn, signInToNetwork } from './support/browser';

describe('sign-in', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterEach(async () => {
    await context?.close();
    expect(errors).toEqual([]);
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    await page.goto('/network');
    await page.waitForURL('**/sign-in?returnUrl=%2Fnetwork');
    await expect(page.title()).resolves.toBe('Sign in · Franscore');
  });

  it('announces a wrong password', async () => {
    await signIn(page, 'admin@franscore.demo', 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'The email or password is wrong.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('names the missing fields without calling the server', async () => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email.').waitFor();
    await page.getByText('Enter your password.').waitFor();
  });

  it('signs out back to the sign-in page, and the session is gone', async () => {
    await signInToNetwork(page, 'rm@franscore.demo');
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain(
      'Regional manager',
    );

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/network');
    await page.waitForURL('**/sign-in?returnUrl=%2Fnetwork');
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  });

  it('signs in by keyboard, returns to the page asked for, and keeps the session across a reload', async () => {
    await page.goto('/network');
    await page.waitForURL('**/sign-in?returnUrl=%2Fnetwork');
    // Keyboard only: the form is the first thing Tab reaches, Enter submits.
    await page.keyboard.press('Tab');
    await page.keyboard.type('staff@franscore.demo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('franscore-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/network');

    await page.reload();
    await page.locator('[data-testid="locations-total"][data-total="1"]').waitFor();
  });
});
