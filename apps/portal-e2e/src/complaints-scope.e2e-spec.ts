import { ComplaintListSchema, LocationListSchema } from '@franscore/domain';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { apiAs } from './support/api-client';
import { launchBrowser, newContext, signInToNetwork, watchErrors } from './support/browser';
import { ComplaintsPageObject } from './support/complaints-page';

describe('complaints list and scope', () => {
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

  it('shows a franchisee only their own locations, and filters by status', async () => {
    await signInToNetwork(page, 'franchisee@franscore.demo');
    await page.getByRole('link', { name: 'Complaints' }).click();
    const sut = new ComplaintsPageObject(page);

    // What the API answers this session, and head office for comparison.
    const own = LocationListSchema.parse(
      await (await page.request.get('/api/locations?pageSize=200')).json(),
    );
    const ownCodes = new Set(own.items.map((l) => l.code));
    const mine = ComplaintListSchema.parse(
      await (await page.request.get('/api/complaints?pageSize=1')).json(),
    );
    const admin = await apiAs('admin@franscore.demo');
    const everything = ComplaintListSchema.parse(
      await (await admin.get('/api/complaints?pageSize=1')).json(),
    );
    await admin.dispose();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(everything.total);

    expect(await sut.total()).toBe(mine.total);
    const codes = await sut.locationCodes();
    expect(codes).toHaveLength(Math.min(mine.total, 50));
    expect(codes.filter((code) => !ownCodes.has(code))).toEqual([]);

    const resolved = ComplaintListSchema.parse(
      await (await page.request.get('/api/complaints?pageSize=1&status=resolved')).json(),
    );
    expect(resolved.total).toBeGreaterThan(0);
    expect(resolved.total).toBeLessThan(mine.total);
    await sut.choose('Status', 'Resolved');
    await sut.waitForTotal(resolved.total);
    const statuses = await sut.column('status');
    expect(statuses).toHaveLength(Math.min(resolved.total, 50));
    expect(new Set(statuses)).toEqual(new Set(['Resolved']));
    expect((await sut.locationCodes()).filter((code) => !ownCodes.has(code))).toEqual([]);

    // The CSV link carries the same filter, and the session's cookie answers it.
    const href = await page.getByTestId('export-csv').getAttribute('href');
    expect(href).toBe('/api/complaints/export?sort=-receivedAt&status=resolved');
    const csv = await page.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
  });

  it("answers another franchisee's complaint with not found", async () => {
    const owner = await apiAs('franchisee@franscore.demo');
    const [theirs] = ComplaintListSchema.parse(
      await (await owner.get('/api/complaints?pageSize=1')).json(),
    ).items;
    await owner.dispose();

    await signInToNetwork(page, 'franchisee2@franscore.demo');
    await page.goto(`/complaints/${theirs.id}`);
    await page.getByTestId('complaint-not-found').waitFor();
    await page.getByRole('heading', { name: 'Complaint not found' }).waitFor();
    await expect(page.getByText(theirs.reference).count()).resolves.toBe(0);
    expect((await page.request.get(`/api/complaints/${theirs.id}`)).status()).toBe(404);
  });
});
