import { PolicySchema, SimulationSchema } from '@franscore/domain';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, signInHome, watchErrors } from './support/browser';
import { previousPeriod } from './support/scoring-api';

const ADMIN = 'admin@franscore.demo';

describe('the policy simulator', () => {
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

  it('shows the locations that change band when the thresholds rise, as the server computes it', async () => {
    const period = previousPeriod();
    await signInHome(page, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Policies' }).click();
    await page.getByLabel('Name of the new draft').fill('Stricter thresholds (e2e)');
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.waitForURL(/\/policies\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="policy-status"][data-status="draft"]').waitFor();
    await page
      .getByText(
        'SLA target changes apply only to complaints received after the policy takes effect.',
      )
      .waitFor();

    // The draft starts as the policy in force: nothing changes band.
    await expect(page.getByTestId('simulation-period').inputValue()).resolves.toBe(period);
    await page.getByTestId('simulate').click();
    const simulation = page.getByTestId('simulation');
    await page.locator('[data-testid="simulation"][data-changed="0"]').waitFor();
    await simulation.getByText(/0 of \d+ locations change band/).waitFor();

    // Raised thresholds re-score the network in the browser.
    await page.getByLabel('Warning below').fill('85');
    await page.getByLabel('Watch below').fill('92');
    await page
      .locator('[data-testid="simulation"]:not([data-changed="0"])[data-changed]')
      .waitFor();
    const changed = Number(await simulation.getAttribute('data-changed'));
    expect(changed).toBeGreaterThan(0);
    await expect(page.getByTestId('simulation-changes').locator('tbody tr').count()).resolves.toBe(
      changed,
    );
    await simulation
      .getByText(new RegExp(`${changed} of \\d+ locations change band.*0 better, ${changed} worse`))
      .waitFor();

    // A threshold out of order is named at its field, and the simulation waits for a valid draft.
    await page.getByLabel('Watch below').fill('80');
    await page.getByText('Must be above the warning threshold.').waitFor();
    await simulation.getByText('Fix the highlighted fields to see the simulation.').waitFor();
    await page.getByLabel('Watch below').fill('92');
    await page.locator(`[data-testid="simulation"][data-changed="${changed}"]`).waitFor();

    // Saved, the server's own simulation of the same draft agrees with the browser's.
    await page.getByTestId('save-policy').click();
    await page.getByText('The draft is saved.').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop();
    const saved = PolicySchema.parse(await (await page.request.get(`/api/policies/${id}`)).json());
    expect(saved.rules.thresholds).toEqual({ watch: 92, warning: 85, closure: 50 });
    const me = await (await page.request.get('/api/auth/me')).json();
    const server = SimulationSchema.parse(
      await (
        await page.request.post(`/api/policies/${id}/simulate`, {
          data: { period },
          headers: { 'x-csrf-token': me.csrfToken },
        })
      ).json(),
    );
    expect(server.changed).toBe(changed);
  });
});
