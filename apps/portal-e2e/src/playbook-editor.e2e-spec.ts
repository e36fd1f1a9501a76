import { AuditSchema, PlaybookSchema } from '@franscore/domain';
import { apiAs, sessionAs } from './support/api-client';
import { signInHome, usePage } from './support/browser';
import { handledIn, locationsOf, previousPeriod } from './support/scoring-api';

/** Head office writes and publishes a playbook; an auditor sees what a case's timeline missed. */
describe('playbooks for head office and auditors', () => {
  const ui = usePage();

  it('drafts a playbook for one severity, edits its range and publishes it', async () => {
    await signInHome(ui.page, 'admin@franscore.demo');
    await ui.page.getByRole('navigation').getByRole('link', { name: 'Playbooks' }).click();
    await ui.page.getByRole('heading', { name: 'Playbooks', level: 1 }).waitFor();
    // Every category ships with a published playbook for all severities.
    await expect(
      ui.page.getByTestId('playbooks').locator('li[data-status="published"]').count(),
    ).resolves.toBe(9);

    await ui.page.getByRole('combobox', { name: 'Category' }).click();
    await ui.page.getByRole('option', { name: 'Billing and payment' }).click();
    await ui.page.getByRole('combobox', { name: 'Severity' }).click();
    await ui.page.getByRole('option', { name: 'Critical' }).click();
    await ui.page.getByRole('button', { name: 'New draft' }).click();
    await ui.page
      .getByRole('heading', { name: 'Playbook: Billing and payment, Critical' })
      .waitFor();
    await ui.page.locator('[data-testid="playbook-status"][data-status="draft"]').waitFor();

    // A draft starts from what serves now: the billing playbook, in both languages.
    await expect(ui.page.getByLabel('Title (Russian)').first().inputValue()).resolves.toMatch(
      /[а-яё]/i,
    );
    await ui.page.getByRole('spinbutton', { name: 'Maximum value' }).fill('5000');
    await ui.page.getByRole('button', { name: 'Publish' }).click();
    await ui.page.locator('[data-testid="playbook-status"][data-status="published"]').waitFor();
    await ui.page.getByText('Published as version 1.').waitFor();
    await expect(
      ui.page.getByRole('spinbutton', { name: 'Maximum value' }).isDisabled(),
    ).resolves.toBe(true);
    await ui.page.getByRole('button', { name: 'New draft from this one' }).waitFor();

    const api = await apiAs('staff@franscore.demo');
    try {
      const served = PlaybookSchema.parse(
        await (await api.get('/api/playbooks/match?category=billing&severity=critical')).json(),
      );
      expect(served).toMatchObject({ severity: 'critical', version: 1 });
      expect(served.content.compensation.max).toBe(5000);
    } finally {
      await api.dispose();
    }
  });

  it('shows the auditor, per sampled case, the playbook steps missing or late', async () => {
    const period = previousPeriod();
    const auditor = await sessionAs('auditor@franscore.demo');
    let auditId = '';
    try {
      for (const location of await locationsOf('auditor@franscore.demo')) {
        if ((await handledIn(auditor.api, location.id, period)) === 0) continue;
        const res = await auditor.post('/api/audits', {
          locationId: location.id,
          period,
          sampleSize: 3,
        });
        const audit = AuditSchema.parse(await res.json());
        expect(audit.cases.every((c) => Array.isArray(c.playbookGaps))).toBe(true);
        auditId = audit.id;
        break;
      }
    } finally {
      await auditor.api.dispose();
    }
    expect(auditId).not.toBe('');

    await signInHome(ui.page, 'auditor@franscore.demo');
    await ui.page.goto(`/audits/${auditId}`);
    const cases = ui.page.getByTestId('audit-case');
    await cases.first().waitFor();
    const gaps = ui.page.getByTestId('playbook-gaps');
    await expect(gaps.count()).resolves.toBe(await cases.count());
    await gaps.first().getByText('Playbook steps missing or late').waitFor();
  });
});
