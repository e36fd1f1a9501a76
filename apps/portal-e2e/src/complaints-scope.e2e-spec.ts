import { ComplaintListSchema, LocationListSchema } from '@franscore/domain';
import { apiAs } from './support/api-client';
import { signInToNetwork, usePage } from './support/browser';
import { ComplaintsPageObject } from './support/complaints-page';

describe('complaints list and scope', () => {
  const ui = usePage();

  it('shows a franchisee only their own locations, and filters by status', async () => {
    await signInToNetwork(ui.page, 'franchisee@franscore.demo');
    await ui.page.getByRole('link', { name: 'Complaints' }).click();
    const sut = new ComplaintsPageObject(ui.page);

    // What the API answers this session, and head office for comparison.
    const own = LocationListSchema.parse(
      await (await ui.page.request.get('/api/locations?pageSize=200')).json(),
    );
    const ownCodes = new Set(own.items.map((l) => l.code));
    const mine = ComplaintListSchema.parse(
      await (await ui.page.request.get('/api/complaints?pageSize=1')).json(),
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
      await (await ui.page.request.get('/api/complaints?pageSize=1&status=resolved')).json(),
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
    const href = await ui.page.getByTestId('export-csv').getAttribute('href');
    expect(href).toBe('/api/complaints/export?sort=-receivedAt&status=resolved');
    const csv = await ui.page.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
  });

  it("answers another franchisee's complaint with not found", async () => {
    const owner = await apiAs('franchisee@franscore.demo');
    const [theirs] = ComplaintListSchema.parse(
      await (await owner.get('/api/complaints?pageSize=1')).json(),
    ).items;
    await owner.dispose();

    await signInToNetwork(ui.page, 'franchisee2@franscore.demo');
    await ui.page.goto(`/complaints/${theirs.id}`);
    await ui.page.getByTestId('complaint-not-found').waitFor();
    await ui.page.getByRole('heading', { name: 'Complaint not found' }).waitFor();
    await expect(ui.page.getByText(theirs.reference).count()).resolves.toBe(0);
    expect((await ui.page.request.get(`/api/complaints/${theirs.id}`)).status()).toBe(404);
  });
});
