import { PolicySchema, SimulationSchema } from '@franscore/domain';
import { signInHome, usePage } from './support/browser';
import { previousPeriod } from './support/scoring-api';

const ADMIN = 'admin@franscore.demo';

describe('the policy simulator', () => {
  const ui = usePage();

  it('shows the locations that change band when the thresholds rise, as the server computes it', async () => {
    const period = previousPeriod();
    await signInHome(ui.page, ADMIN);
    await ui.page.getByRole('navigation').getByRole('link', { name: 'Policies' }).click();
    await ui.page.getByLabel('Name of the new draft').fill('Stricter thresholds (e2e)');
    await ui.page.getByRole('button', { name: 'New draft' }).click();
    await ui.page.waitForURL(/\/policies\/[0-9a-f-]{36}$/);
    await ui.page.locator('[data-testid="policy-status"][data-status="draft"]').waitFor();
    await ui.page
      .getByText(
        'SLA target changes apply only to complaints received after the policy takes effect.',
      )
      .waitFor();

    // The draft starts as the policy in force: nothing changes band.
    await expect(ui.page.getByTestId('simulation-period').inputValue()).resolves.toBe(period);
    await ui.page.getByTestId('simulate').click();
    const simulation = ui.page.getByTestId('simulation');
    await ui.page.locator('[data-testid="simulation"][data-changed="0"]').waitFor();
    await simulation.getByText(/0 of \d+ locations change band/).waitFor();

    // Raised thresholds re-score the network in the browser.
    await ui.page.getByLabel('Warning below').fill('85');
    await ui.page.getByLabel('Watch below').fill('92');
    await ui.page
      .locator('[data-testid="simulation"]:not([data-changed="0"])[data-changed]')
      .waitFor();
    const changed = Number(await simulation.getAttribute('data-changed'));
    expect(changed).toBeGreaterThan(0);
    await expect(
      ui.page.getByTestId('simulation-changes').locator('tbody tr').count(),
    ).resolves.toBe(changed);
    await simulation
      .getByText(new RegExp(`${changed} of \\d+ locations change band.*0 better, ${changed} worse`))
      .waitFor();

    // A threshold out of order is named at its field, and the simulation waits for a valid draft.
    await ui.page.getByLabel('Watch below').fill('80');
    await ui.page.getByText('Must be above the warning threshold.').waitFor();
    await simulation.getByText('Fix the highlighted fields to see the simulation.').waitFor();
    await ui.page.getByLabel('Watch below').fill('92');
    await ui.page.locator(`[data-testid="simulation"][data-changed="${changed}"]`).waitFor();

    // Saved, the server's own simulation of the same draft agrees with the browser's.
    await ui.page.getByTestId('save-policy').click();
    await ui.page.getByText('The draft is saved.').waitFor();
    const id = new URL(ui.page.url()).pathname.split('/').pop();
    const saved = PolicySchema.parse(
      await (await ui.page.request.get(`/api/policies/${id}`)).json(),
    );
    expect(saved.rules.thresholds).toEqual({ watch: 92, warning: 85, closure: 50 });
    const me = await (await ui.page.request.get('/api/auth/me')).json();
    const server = SimulationSchema.parse(
      await (
        await ui.page.request.post(`/api/policies/${id}/simulate`, {
          data: { period },
          headers: { 'x-csrf-token': me.csrfToken },
        })
      ).json(),
    );
    expect(server.changed).toBe(changed);
  });

  it('warns of weights that do not add up to 1, and decides the period\'s clocks again under stricter SLA targets', async () => {
    await signInHome(ui.page, ADMIN);
    await ui.page.getByRole('navigation').getByRole('link', { name: 'Policies' }).click();
    await ui.page.getByLabel('Name of the new draft').fill('Faster acknowledgement (e2e)');
    await ui.page.getByRole('button', { name: 'New draft' }).click();
    await ui.page.waitForURL(/\/policies\/[0-9a-f-]{36}$/);
    await ui.page.locator('[data-testid="policy-status"][data-status="draft"]').waitFor();

    const weights = ui.page.getByRole('group', { name: 'Component weights' });
    await weights.getByLabel('Volume').fill('0.05');
    await ui.page.getByTestId('weights-warning').getByText(/add up to 0\.95, not 1/).waitFor();
    await weights.getByLabel('Volume').fill('0.1');
    await ui.page.getByTestId('weights-warning').waitFor({ state: 'detached' });

    const acknowledge = ui.page.getByRole('group', { name: 'Acknowledge targets (business minutes)' });
    for (const severity of ['Minor', 'Major', 'Critical']) await acknowledge.getByLabel(severity).fill('5');
    await ui.page.getByTestId('simulate').click();
    const panel = ui.page.getByTestId('sla-simulation');
    await panel.getByText('Save the draft first: the server simulates the saved targets.').waitFor();
    await ui.page.getByTestId('save-policy').click();
    await ui.page.getByText('The draft is saved.').waitFor();
    await ui.page.locator('[data-testid="simulate-sla"]:not([disabled])').click();
    await panel.getByTestId('sla-summary').waitFor();
    expect(await panel.getByTestId('sla-shifts').locator('li').count()).toBeGreaterThan(0);
    await expect(panel.getByTestId('sla-shifts').locator('li').first().textContent()).resolves.toMatch(/Acknowledge: (on time|still open) → late/);
  });
});
