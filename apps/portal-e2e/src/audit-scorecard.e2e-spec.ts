import { CRITERIA } from '@franscore/domain';
import { Locator } from 'playwright-core';
import { apiAs } from './support/api-client';
import { signInHome, usePage } from './support/browser';
import { handledIn, locationsOf, previousPeriod, scorecardOf } from './support/scoring-api';

const AUDITOR = 'auditor@franscore.demo';
const OWNER = 'franchisee@franscore.demo';
const OTHER_OWNER = 'franchisee2@franscore.demo';

/** The labels the audit form shows for the seven criteria, in DOMAIN.md's order. */
const CRITERION_LABELS: Record<(typeof CRITERIA)[number], string> = {
  listen: 'Listen',
  acknowledge: 'Acknowledge',
  takeAction: 'Take action',
  thank: 'Thank',
  explain: 'Explain',
  sincereApology: 'Sincere apology',
  proportionateCompensation: 'Proportionate compensation',
};

/** Listened well, nothing else done, compensation not applicable: 100 * 2 / (2 * 6). */
const ANSWERS: Record<(typeof CRITERIA)[number], string> = {
  listen: '2 · done well',
  acknowledge: '0 · not done',
  takeAction: '0 · not done',
  thank: '0 · not done',
  explain: '0 · not done',
  sincereApology: '0 · not done',
  proportionateCompensation: 'N/A',
};
const CASE_SCORE = '16.7';

async function scoreCase(auditCase: Locator): Promise<void> {
  for (const criterion of CRITERIA) {
    const group = auditCase.getByRole('radiogroup', {
      name: new RegExp(`^${CRITERION_LABELS[criterion]}`),
    });
    await group.getByRole('radio', { name: ANSWERS[criterion] }).check();
  }
  await auditCase.locator(`[data-testid="case-score"][data-score]`).getByText(CASE_SCORE).waitFor();
  await auditCase.getByRole('button', { name: 'Save case' }).click();
  await auditCase.getByText(/Case \d+ saved\./).waitFor();
}

describe('an audit on a tablet changes the scorecard', () => {
  const ui = usePage();

  async function switchUser(email: string): Promise<void> {
    await ui.restart();
    await signInHome(ui.page, email);
  }

  it('scores every case, submits and finalizes; the owner sees the new protocol score, another franchisee does not', async () => {
    const period = previousPeriod();
    const auditor = await apiAs(AUDITOR);
    // A location of franchisee@ that handled complaints in the period, so an audit opens on it.
    let location = null;
    for (const candidate of await locationsOf(OWNER)) {
      if ((await handledIn(auditor, candidate.id, period)) > 0) {
        location = candidate;
        break;
      }
    }
    if (!location) throw new Error(`No location of ${OWNER} handled complaints in ${period}`);
    const before = await scorecardOf(auditor, location.id, period);

    await signInHome(ui.page, AUDITOR);
    await ui.page.getByRole('navigation').getByRole('link', { name: 'Audits' }).click();
    const form = ui.page.getByTestId('open-audit');
    await form.getByRole('combobox', { name: 'Location' }).click();
    await ui.page.getByRole('option', { name: `${location.code} · ${location.name}` }).click();
    // The period defaults to the last complete month.
    await expect(form.getByTestId('open-period').inputValue()).resolves.toBe(period);
    await form.getByRole('button', { name: 'Open audit' }).click();
    await ui.page.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
    await ui.page.locator('[data-testid="audit-status"][data-status="draft"]').waitFor();

    const cases = ui.page.getByTestId('audit-case');
    await cases.first().waitFor();
    const count = await cases.count();
    expect(count).toBeGreaterThan(0);
    // Submitting waits until every case is scored.
    await expect(ui.page.getByRole('button', { name: 'Submit audit' }).isDisabled()).resolves.toBe(
      true,
    );
    for (let i = 0; i < count; i++) await scoreCase(cases.nth(i));
    await ui.page.getByText(`${count} of ${count} cases scored`).waitFor();

    await ui.page.getByRole('button', { name: 'Submit audit' }).click();
    await ui.page
      .getByRole('alertdialog', { name: 'Submit this audit?' })
      .getByRole('button', { name: 'Submit' })
      .click();
    await ui.page.locator('[data-testid="audit-status"][data-status="submitted"]').waitFor();
    await ui.page.getByRole('button', { name: 'Finalize audit' }).click();
    await ui.page
      .getByRole('alertdialog', { name: 'Finalize this audit?' })
      .getByRole('button', { name: 'Finalize' })
      .click();
    await ui.page.locator('[data-testid="audit-status"][data-status="finalized"]').waitFor();
    await ui.page.getByTestId('audit-done').getByText('The audit is finalized.').waitFor();

    // The location's card for the period was recomputed with the new audit's cases.
    const after = await scorecardOf(auditor, location.id, period);
    await auditor.dispose();
    expect(after).not.toBeNull();
    const protocolBefore = before?.explanation.components.protocol?.score ?? null;
    const protocolAfter = after?.explanation.components.protocol?.score ?? null;
    expect(protocolAfter).not.toBeNull();
    expect(protocolAfter).not.toBe(protocolBefore);
    expect(after?.explanation.components.protocol?.sample).toBeGreaterThan(
      before?.explanation.components.protocol?.sample ?? 0,
    );

    // The owner sees it, with the protocol row as the API has it.
    await switchUser(OWNER);
    await ui.page.goto(`/scorecards/${after?.id}`);
    await ui.page
      .getByRole('heading', { name: new RegExp(`^${location.code} ${location.name}`) })
      .waitFor();
    const protocol = ui.page.locator('[data-testid="components"] tr[data-component="protocol"]');
    await expect(protocol.getAttribute('data-score')).resolves.toBe(String(protocolAfter));

    // Another franchisee gets the not-found state for the same address, as the API answers.
    await switchUser(OTHER_OWNER);
    await ui.page.goto(`/scorecards/${after?.id}`);
    await ui.page.getByTestId('scorecard-not-found').waitFor();
    await ui.page.getByRole('heading', { name: 'Scorecard not found' }).waitFor();
    await expect(ui.page.getByText(location.name).count()).resolves.toBe(0);
    expect((await ui.page.request.get(`/api/scorecards/${after?.id}`)).status()).toBe(404);
  });
});
