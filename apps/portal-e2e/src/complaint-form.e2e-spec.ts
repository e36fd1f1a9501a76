import { Browser, BrowserContext, Page } from 'playwright-core';
import { fileComplaint, locationOf, recordStep } from './support/api-client';
import {
  baseUrl,
  launchBrowser,
  newContext,
  signInToNetwork,
  watchErrors,
} from './support/browser';

describe("the customer's pages", () => {
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

  it('names the missing fields without calling the server', async () => {
    const { code } = await locationOf('staff@franscore.demo');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.goto(`/c/${code}`);
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByText('Choose what the complaint is about.').waitFor();
    await page.getByText('Tell us what happened.').waitFor();
    await page.getByRole('alert').filter({ hasText: 'Check the highlighted fields.' }).waitFor();
    // Focus goes to the first field to fix.
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('formcontrolname')),
    ).resolves.toBe('category');
    expect(posts).toEqual([]);
    // The honeypot is out of reach of people and assistive technology.
    const honeypot = page.locator('#complaint-website');
    await expect(honeypot.getAttribute('tabindex')).resolves.toBe('-1');
    await expect(honeypot.getAttribute('autocomplete')).resolves.toBe('off');
    await expect(
      honeypot.evaluate((input) => input.closest('[aria-hidden="true"]') !== null),
    ).resolves.toBe(true);
  });

  it("shows the server's refusal at the field it names, then files once", async () => {
    const { code } = await locationOf('staff@franscore.demo');
    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await page.goto(`/c/${code}`);
    await page.getByRole('combobox', { name: 'What is it about?' }).click();
    await page.getByRole('option', { name: 'Waiting time' }).click();
    await page.getByLabel('What happened?').fill('Nobody came to take the order.');
    // The browser's check lets this pass; the server's does not.
    await page.getByLabel('Email').fill('anna@localhost');
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByText('Enter a valid email address, or leave it empty.').waitFor();
    await expect(page.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('true');

    await page.getByLabel('Email').fill('anna@example.com');
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByTestId('receipt-reference').waitFor();
    // Both attempts were one form: one key, so a retry can never file twice.
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the customer rate a resolved complaint once, by keyboard', async () => {
    const { code } = await locationOf('staff@franscore.demo');
    const receipt = await fileComplaint(code, {
      category: 'food_quality',
      description: 'Cold soup.',
    });
    await recordStep('staff@franscore.demo', receipt.id, 'resolved');

    await page.goto(`/status/${receipt.statusToken}`);
    await page.locator('[data-testid="public-status"][data-status="resolved"]').waitFor();
    const group = page.getByRole('radiogroup', { name: 'How well did we put it right?' });
    await group.waitFor();
    await page.getByRole('radio', { name: '1 – Very poor' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: '4 – Good' }).isChecked()).resolves.toBe(true);
    await page
      .getByLabel('Anything you want to add? (optional)')
      .fill('Hot soup next time, thanks.');
    await page.getByRole('button', { name: 'Send rating' }).click();

    await page.getByRole('status').filter({ hasText: 'Thank you for your rating.' }).waitFor();
    await page.locator('[data-testid="public-status"][data-status="closed"]').waitFor();
    await expect(group.count()).resolves.toBe(0);
    await page.reload();
    await page.getByText('You rated this 4 of 5. Thank you.').waitFor();
  });

  it('says so when a status link is not valid', async () => {
    await page.goto('/status/C-00000000.not-a-real-token');
    await page.getByRole('heading', { name: 'This status link is not valid' }).waitFor();
  });

  it("links each location's form and printable poster from the network page, without the staff session", async () => {
    const location = await locationOf('staff@franscore.demo');
    await signInToNetwork(page, 'staff@franscore.demo');
    await page
      .getByRole('link', { name: `Print the complaint-form poster for ${location.code}` })
      .click();
    await page.getByRole('heading', { name: 'Something not right?' }).waitFor();
    await expect(page.getByTestId('poster-url').textContent()).resolves.toBe(
      `${baseUrl()}/c/${location.code}`,
    );
    await expect(page.getByRole('button', { name: 'Print' }).count()).resolves.toBe(1);

    // A signed-in colleague trying the form files as a customer: no cookie, no CSRF token.
    await page.goBack();
    const sent: { cookie?: string; csrf?: string }[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/public/'))
        sent.push({ cookie: r.headers()['cookie'], csrf: r.headers()['x-csrf-token'] });
    });
    await page.getByRole('link', { name: `/c/${location.code}` }).click();
    await page
      .getByRole('heading', { name: `Tell us what went wrong at ${location.name}` })
      .waitFor();
    await page.getByRole('combobox', { name: 'What is it about?' }).click();
    await page.getByRole('option', { name: 'Something else' }).click();
    await page.getByLabel('What happened?').fill('Testing the form from the network page.');
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByTestId('receipt-reference').waitFor();
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.filter((r) => r.cookie || r.csrf)).toEqual([]);
  });
});
