import { Browser, BrowserContext, Page } from 'playwright-core';
import { locationOf } from './support/api-client';
import { baseUrl, launchBrowser, newContext, signInHome, watchErrors } from './support/browser';

const press = (token: string) =>
  fetch(`${baseUrl()}/api/client/complaints`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });

describe('the red button and the phone call', () => {
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
  afterEach(async () => {
    await context?.close();
    expect(errors).toEqual([]);
  });

  it('a Russian browser gets the form in Russian; the order number and visit time reach staff, who find it by reference', async () => {
    const { code } = await locationOf('staff@franscore.demo');
    context = await browser.newContext({ baseURL: baseUrl(), locale: 'ru-RU', viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(`/c/${code}`);
    await page.getByText('О вашем визите (необязательно)').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await page.locator('mat-select[formcontrolname="category"]').click();
    await page.getByRole('option').first().click();
    await page.locator('[formcontrolname="description"]').fill('Холодный бургер');
    await page.getByLabel('Номер заказа').fill('A-77');
    await page.locator('[formcontrolname="visitedAt"]').fill('2026-01-05T12:30');
    await page.locator('form button[type="submit"]').click();
    const reference = (await page.getByTestId('receipt-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^C-/);
    await context.close();

    context = await newContext(browser);
    page = await context.newPage();
    errors = watchErrors(page);
    await signInHome(page, 'staff@franscore.demo');
    await page.goto('/complaints');
    await page.getByTestId('complaint-search').fill(reference.toLowerCase());
    await page.getByTestId('complaint-search').press('Enter');
    await page.getByRole('link', { name: reference }).first().click();
    await expect(page.getByTestId('complaint-order-number').textContent()).resolves.toContain('A-77');
  });

  it('an admin issues a button token shown once, the button files with it, and a revoked one is refused', async () => {
    context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    errors = watchErrors(page);
    await signInHome(page, 'admin@franscore.demo');
    await page.goto('/api-clients');
    await page.getByRole('heading', { name: 'API clients' }).first().waitFor();
    await page.getByLabel('Name').fill('Counter button E2E');
    await page.locator('mat-select[formcontrolname="locationId"]').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('issue-api-client').click();
    const token = ((await page.getByTestId('issued-token-value').textContent()) ?? '').trim();
    expect(token).toMatch(/^fsc_/);
    await page.getByRole('button', { name: 'Copy token' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(token);
    expect((await press(token)).status).toBe(201);

    await page.getByRole('button', { name: 'Done' }).click();
    await page.reload();
    await page.getByText('Counter button E2E').waitFor();
    expect(await page.content()).not.toContain(token);

    await page.getByRole('listitem').filter({ hasText: 'Counter button E2E' }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Counter button E2E' }).getByText('Revoked').waitFor();
    expect((await press(token)).status).toBe(401);
  });
});
