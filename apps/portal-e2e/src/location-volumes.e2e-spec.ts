import { OrderVolumeSeriesSchema } from '@franscore/domain';
import { signInToNetwork, usePage } from './support/browser';

describe('a location page: daily orders as a chart with a table alternative', () => {
  const ui = usePage();

  it('charts the last 90 days from the point of sale, and the table gives the same figures on request', async () => {
    const page = ui.page;
    await signInToNetwork(page, 'franchisee@franscore.demo');
    const first = page.getByTestId('locations-table').getByRole('link', { name: /^Open / }).first();
    const code = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.waitForURL(/\/network\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: new RegExp(code) }).waitFor();

    const id = new URL(page.url()).pathname.split('/').pop();
    const series = OrderVolumeSeriesSchema.parse(await (await page.request.get(`/api/order-volumes?locationId=${id}`)).json());
    expect(series.days.length).toBeGreaterThan(30);
    expect(new Set(series.days.map((d) => d.sourceName))).toEqual(new Set(['Demo point-of-sale feed']));

    const chart = page.getByTestId('order-volume-chart');
    await chart.locator('canvas').first().waitFor();
    const table = chart.getByTestId('chart-table');
    // Read by screen readers before anyone asks, and shown on request.
    expect(await table.locator('tbody tr').count()).toBe(90);
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await table.waitFor({ state: 'visible' });
    const last = series.days[series.days.length - 1];
    const dayLabel = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${last.day}T00:00:00Z`));
    const lastRow = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: dayLabel, exact: true }) });
    expect((await lastRow.locator('td').textContent())?.trim()).toBe(new Intl.NumberFormat('en-US').format(last.orders));
    const total = series.days.reduce((sum, d) => sum + d.orders, 0);
    await expect(page.getByTestId('order-volume-summary').textContent()).resolves.toContain(new Intl.NumberFormat('en-US').format(total));
  });
});
