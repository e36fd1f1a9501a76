import { Browser, BrowserContext, Page } from 'playwright-core';
import { locationOf } from './support/api-client';
import { launchBrowser, newContext, signInToNetwork, watchErrors } from './support/browser';
import { AlertsBellObject } from './support/complaints-page';

/** A customer files a complaint; staff hear of it live, handle it; the customer sees it move. */
describe('a complaint from the QR form to the customer status page', () => {
  let browser: Browser;
  let staffContext: BrowserContext;
  let customerContext: BrowserContext;
  let staff: Page;
  let customer: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    staffContext = await newContext(browser);
    customerContext = await newContext(browser);
    staff = await staffContext.newPage();
    customer = await customerContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('alerts staff live, and the customer sees the acknowledgement', async () => {
    const location = await locationOf('staff@franscore.demo');

    // Staff have the portal open on the complaints list.
    const staffErrors = watchErrors(staff);
    await signInToNetwork(staff, 'staff@franscore.demo');
    await staff.getByRole('link', { name: 'Complaints' }).click();
    await staff.getByRole('heading', { name: 'Complaints', level: 1 }).waitFor();
    const bell = new AlertsBellObject(staff);
    await bell.waitUntilLive();
    const unreadBefore = await bell.unread();
    expect(await bell.label()).toBe(`Alerts: ${unreadBefore} unread`);

    // A customer, with no session, files through the location's form.
    const customerErrors = watchErrors(customer);
    const customerRequests: {
      url: string;
      cookie: string | undefined;
      csrf: string | undefined;
    }[] = [];
    customer.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/'))
        customerRequests.push({
          url: url.pathname,
          cookie: request.headers()['cookie'],
          csrf: request.headers()['x-csrf-token'],
        });
    });
    await customer.goto(`/c/${location.code}`);
    await customer
      .getByRole('heading', { name: `Tell us what went wrong at ${location.name}` })
      .waitFor();
    await customer.getByRole('combobox', { name: 'What is it about?' }).click();
    await customer.getByRole('option', { name: 'Hygiene and cleanliness' }).click();
    await customer
      .getByLabel('What happened?')
      .fill('The tables were sticky and there was no soap.');
    await customer.getByLabel('What would put it right?').fill('Clean the hall, please.');
    await customer.getByRole('button', { name: 'Send complaint' }).click();
    const reference = (await customer.getByTestId('receipt-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^C-[0-9A-Z]{8}$/);
    await customer.getByRole('status').filter({ hasText: reference }).waitFor();

    // Staff: an assertive toast naming the complaint, and one more unread alert.
    await staff.locator('[aria-live="assertive"]').filter({ hasText: reference }).waitFor();
    await bell.waitForUnread(unreadBefore + 1);
    expect(await bell.label()).toBe(`Alerts: ${unreadBefore + 1} unread`);

    await bell.open();
    await staff.getByRole('menuitem', { name: new RegExp(reference) }).click();
    await staff.getByRole('heading', { name: `Complaint ${reference}` }).waitFor();
    await staff.getByTestId('acknowledge-clock-countdown').waitFor();
    await staff.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await staff.locator('[data-testid="complaint-status"][data-status="acknowledged"]').waitFor();
    await staff.getByRole('status').filter({ hasText: 'Recorded: Acknowledged.' }).waitFor();

    // Opening the alert read it (and the older ones: the unread mark is a cursor), so nothing is left to mark.
    await bell.waitForUnread(0);
    expect(await bell.label()).toBe('Alerts: 0 unread');
    await bell.open();
    await expect(
      staff.getByRole('menuitem', { name: 'Mark all as read' }).isDisabled(),
    ).resolves.toBe(true);
    await staff.keyboard.press('Escape');

    // The customer follows the link on the receipt.
    await customer.getByRole('link', { name: 'Follow your complaint' }).click();
    await customer.waitForURL('**/status/**');
    const status = customer.locator('[data-testid="public-status"][data-status="acknowledged"]');
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('Acknowledged');
    await expect(customer.getByTestId('status-reference').textContent()).resolves.toBe(reference);
    const steps = await customer.getByTestId('status-steps').locator('li .step').allTextContents();
    expect(steps.map((s) => s.trim())).toEqual(['Complaint received', 'Acknowledged']);

    // The customer's browser only ever spoke to the public API, without cookie or CSRF token.
    expect(customerRequests.length).toBeGreaterThanOrEqual(3);
    expect(customerRequests.filter((r) => !r.url.startsWith('/api/public/'))).toEqual([]);
    expect(customerRequests.filter((r) => r.cookie || r.csrf)).toEqual([]);
    expect([...staffErrors, ...customerErrors]).toEqual([]);
  });
});
