import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, watchErrors, signInToNetwork } from './support/browser';

describe('language', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches to Russian and remembers the choice', async () => {
    await signInToNetwork(page, 'auditor@franscore.demo');
    await page.getByRole('heading', { name: 'Locations' }).waitFor();

    await page.getByRole('radio', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: 'Точки' }).waitFor();
    await page.getByRole('columnheader', { name: 'Франчайзи' }).waitFor();
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    await expect(page.title()).resolves.toBe('Сеть · Franscore');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');

    await page.reload();
    await page.getByRole('heading', { name: 'Точки' }).waitFor();

    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Locations' }).waitFor();
    expect(errors).toEqual([]);
  });
});
