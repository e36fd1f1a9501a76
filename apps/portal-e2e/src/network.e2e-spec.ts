import { LocationListSchema, MeSchema, RegionListSchema } from '@franscore/domain';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiAs } from './support/api-client';
import { WORKSPACE_ROOT } from './support/api-server';
import { signInToNetwork, usePage } from './support/browser';
import { LocationsPageObject } from './support/locations-page';

/** The demo seeds 120 locations; other browser specs may add some (the administration journey creates one). */
const DEMO_NETWORK_SIZE = 120;
const FIRST_PAGE_SIZE = 50;

/** How many locations the network holds now, as head office's API counts them. */
async function networkSize(): Promise<number> {
  const admin = await apiAs('admin@franscore.demo');
  try {
    const size = LocationListSchema.parse(await (await admin.get('/api/locations?pageSize=1')).json()).total;
    expect(size).toBeGreaterThanOrEqual(DEMO_NETWORK_SIZE);
    return size;
  } finally {
    await admin.dispose();
  }
}

describe('network page', () => {
  const ui = usePage();

  it('shows a franchisee only their own locations', async () => {
    await signInToNetwork(ui.page, 'franchisee@franscore.demo');
    const sut = new LocationsPageObject(ui.page);

    // The same question asked of the API by the same session, and by head office.
    const own = LocationListSchema.parse(
      await (await ui.page.request.get('/api/locations?pageSize=200')).json(),
    );
    const me = MeSchema.parse(await (await ui.page.request.get('/api/auth/me')).json());
    const admin = await apiAs('admin@franscore.demo');
    const owned = LocationListSchema.parse(
      await (
        await admin.get(`/api/locations?pageSize=200&franchiseeId=${me.user.franchiseeId}`)
      ).json(),
    );
    await admin.dispose();

    const franchiseeName = owned.items[0]?.franchiseeName;
    expect(own.total).toBe(owned.total);
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBeLessThan(DEMO_NETWORK_SIZE);
    expect(await sut.total()).toBe(own.total);

    const franchisees = await sut.column('franchisee');
    expect(franchisees).toHaveLength(Math.min(own.total, FIRST_PAGE_SIZE));
    expect(new Set(franchisees)).toEqual(new Set([franchiseeName]));
    expect((await sut.column('code')).sort()).toEqual(
      own.items
        .slice(0, FIRST_PAGE_SIZE)
        .map((l) => l.code)
        .sort(),
    );
    await expect(ui.page.getByTestId('signed-in-user').textContent()).resolves.toContain(
      'Franchisee',
    );
  });

  it('shows head office the whole network, and a region filter narrows it', async () => {
    await signInToNetwork(ui.page, 'admin@franscore.demo');
    const sut = new LocationsPageObject(ui.page);
    const size = await networkSize();
    expect(await sut.total()).toBe(size);
    expect(await sut.column('code')).toHaveLength(FIRST_PAGE_SIZE);
    await expect(ui.page.title()).resolves.toBe('Network · Franscore');

    if (process.env['UPDATE_SCREENSHOT'] === '1') {
      const docs = join(WORKSPACE_ROOT, 'docs');
      mkdirSync(docs, { recursive: true });
      await ui.page.screenshot({ path: join(docs, 'screenshot.png') });
    }

    const regions = RegionListSchema.parse(
      await (await ui.page.request.get('/api/regions?pageSize=200')).json(),
    );
    const region = regions.items[0];
    const inRegion = LocationListSchema.parse(
      await (await ui.page.request.get(`/api/locations?pageSize=1&regionId=${region.id}`)).json(),
    );
    expect(inRegion.total).toBeGreaterThan(0);
    expect(inRegion.total).toBeLessThan(size);

    await sut.chooseRegion(region.name);
    await sut.waitForTotal(inRegion.total);
    const shownRegions = await sut.column('region');
    expect(shownRegions).toHaveLength(Math.min(inRegion.total, FIRST_PAGE_SIZE));
    expect(new Set(shownRegions)).toEqual(new Set([region.name]));
  });

  it('searches by code after the user stops typing', async () => {
    await signInToNetwork(ui.page, 'admin@franscore.demo');
    const sut = new LocationsPageObject(ui.page);
    expect(await sut.total()).toBe(await networkSize());
    const [firstCode] = await sut.column('code');

    await ui.page.getByRole('searchbox', { name: 'Search' }).fill(firstCode);
    await sut.waitForTotal(1);
    expect(await sut.column('code')).toEqual([firstCode]);

    await ui.page.getByRole('searchbox', { name: 'Search' }).fill('no-such-location');
    await sut.waitForTotal(0);
    await expect(
      ui.page.getByRole('status').filter({ hasText: 'No locations match these filters.' }).count(),
    ).resolves.toBe(1);
  });

  it('pages through the list with the paginator', async () => {
    await signInToNetwork(ui.page, 'admin@franscore.demo');
    const sut = new LocationsPageObject(ui.page);
    const size = await networkSize();
    expect(await sut.total()).toBe(size);
    const firstPage = await sut.column('code');

    await ui.page.getByRole('button', { name: 'Next page' }).click();
    await ui.page.getByText(`51 – 100 of ${size}`).waitFor();
    const secondPage = await sut.column('code');
    expect(secondPage).toHaveLength(FIRST_PAGE_SIZE);
    expect(secondPage.filter((code) => firstPage.includes(code))).toEqual([]);
  });
});
