import {
  AdminHomeSchema,
  AuditorHomeSchema,
  FlaggedComplaintListSchema,
  FranchiseeHomeSchema,
  RegionalManagerHomeSchema,
} from '@franscore/domain';
import { z } from 'zod';
import { apiAs } from './support/api-client';
import { signInHome, usePage } from './support/browser';

const ADMIN = 'admin@franscore.demo';
const AUDITOR = 'auditor@franscore.demo';
const MANAGER = 'rm@franscore.demo';
const OWNER = 'franchisee@franscore.demo';
const STAFF = 'staff@franscore.demo';

/** What the API itself answers a user for their home: the page must show the same. */
async function homeOf<T>(email: string, path: string, schema: z.ZodType<T>): Promise<T> {
  const api = await apiAs(email);
  try {
    const response = await api.get(path);
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return schema.parse(await response.json());
  } finally {
    await api.dispose();
  }
}

describe('a home per role', () => {
  const ui = usePage();

  it("head office lands on the network: twelve months of bands as a chart and as a table, the closures waiting, the charts", async () => {
    const home = await homeOf(ADMIN, '/api/homes/admin', AdminHomeSchema);
    await expect(signInHome(ui.page, ADMIN)).resolves.toBe('/home');
    await ui.page.getByRole('heading', { level: 1, name: 'The network' }).waitFor();

    const bands = ui.page.getByTestId('band-chart');
    // ECharts is loaded on first use and draws on a canvas.
    await bands.locator('canvas').first().waitFor();
    const table = bands.getByTestId('chart-table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(12);
    const last = home.bandsByMonth[home.bandsByMonth.length - 1];
    const lastRow = table.locator('tbody tr').last();
    await expect(lastRow.locator('td').allInnerTexts()).resolves.toEqual(
      [last.good, last.watch, last.warning, last.closure, last.none].map(String),
    );
    // The table alternative, for anyone who would rather read the figures.
    await bands.getByRole('button', { name: 'Show as table' }).click();
    // Wait for the toggle to report itself pressed: reading the attribute right after the click raced Angular's render.
    await bands.getByRole('button', { name: 'Show as table', pressed: true }).waitFor();
    await table.getByRole('columnheader', { name: 'Good' }).waitFor();
    await expect(bands.locator('canvas').count()).resolves.toBe(0);

    const closures = ui.page.getByTestId('closures-waiting');
    if (home.closuresWaiting.length === 0) {
      await closures.getByText('No closure review waits for your decision.').waitFor();
    } else {
      for (const c of home.closuresWaiting) await closures.getByText(c.locationCode, { exact: true }).waitFor();
    }
    await ui.page.getByTestId('sla-chart').locator('canvas').first().waitFor();
    await ui.page.getByTestId('complaint-mix-chart').locator('canvas').first().waitFor();
    // The inbox stays one click away.
    await ui.page.getByRole('navigation').getByRole('link', { name: 'Inbox' }).waitFor();
  });

  it('the auditor lands on the audit plan; opening a due location starts its audit', async () => {
    const home = await homeOf(AUDITOR, '/api/homes/auditor', AuditorHomeSchema);
    await expect(signInHome(ui.page, AUDITOR)).resolves.toBe('/home');
    const plan = ui.page.getByTestId('audit-plan');
    for (const state of ['ok', 'due', 'overdue'] as const) {
      await expect(plan.locator(`.counts [data-state="${state}"] strong`).innerText()).resolves.toBe(String(home.planCounts[state]));
    }
    await expect(plan.locator('tbody tr').count()).resolves.toBe(home.plan.length);
    for (const dispute of home.disputes) await ui.page.getByTestId('disputes-waiting').getByText(dispute.reference).waitFor();
    for (const audit of home.auditsInProgress) await ui.page.getByTestId('audits-in-progress').locator(`a[href="/audits/${audit.id}"]`).waitFor();
    // Complaints the bad-faith rules flagged over the last 30 days (today included), as the API lists them.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const flagged = await homeOf(AUDITOR, `/api/complaint-flags?from=${day(-30)}&to=${day(1)}`, FlaggedComplaintListSchema);
    const flaggedSection = ui.page.getByTestId('flagged-complaints');
    if (flagged.length === 0) await flaggedSection.getByText('No complaint of the last 30 days is flagged.').waitFor();
    else await flaggedSection.locator(`li[data-reference="${flagged[0].reference}"]`).waitFor();
    await expect(flaggedSection.locator('li').count()).resolves.toBe(flagged.length);

    // The demo's locations opened with their four months of history, so those never audited are overdue.
    expect(home.plan.length).toBeGreaterThan(0);
    const first = home.plan[0];
    await plan.locator(`tr[data-code="${first.locationCode}"]`).getByRole('button', { name: `Start audit of ${first.locationCode}` }).click();
    const opened = ui.page.waitForURL(/\/audits\/[0-9a-f-]{36}$/).then(() => 'opened' as const);
    // A location with nothing handled in the period has nothing to audit, and says so.
    const refused = plan.getByRole('alert').waitFor().then(() => 'refused' as const);
    const outcome = await Promise.race([opened, refused]);
    if (outcome === 'opened') {
      await ui.page.locator('[data-testid="audit-status"][data-status="draft"]').waitFor();
      const after = await homeOf(AUDITOR, '/api/homes/auditor', AuditorHomeSchema);
      expect(after.auditsInProgress.map((a) => a.locationCode)).toContain(first.locationCode);
    } else {
      await plan.getByText('No complaints were handled at this location in that period').waitFor();
    }
  });

  it("the regional manager lands on the region: locations by band with trend arrows, open cases, the review", async () => {
    const home = await homeOf(MANAGER, '/api/homes/regional-manager', RegionalManagerHomeSchema);
    await expect(signInHome(ui.page, MANAGER)).resolves.toBe('/home');
    const byBand = ui.page.getByTestId('locations-by-band');
    await byBand.locator('tr[data-code]').first().waitFor();
    await expect(byBand.locator('tr[data-code]').count()).resolves.toBe(home.locations.length);
    for (const row of home.locations) {
      const direction =
        row.overall === null || row.previousOverall === null ? 'none' : row.overall > row.previousOverall ? 'up' : row.overall < row.previousOverall ? 'down' : 'same';
      await expect(byBand.locator(`tr[data-code="${row.locationCode}"] .change`).getAttribute('data-direction')).resolves.toBe(direction);
    }
    // Worst band first.
    const firstBand = home.locations[0]?.band ?? 'none';
    await expect(byBand.locator('h3').first().getAttribute('data-band')).resolves.toBe(firstBand);
    for (const c of home.cases) await ui.page.getByTestId('open-cases').locator(`li[data-code="${c.locationCode}"]`).waitFor();
    const review = ui.page.getByTestId('review-in-progress');
    if (home.review) await review.getByRole('link', { name: new RegExp(home.review.regionName) }).waitFor();
    else await review.getByText('No review in progress.').waitFor();
    await ui.page.getByTestId('sla-chart').getByTestId('chart-table').getByRole('columnheader', { name: 'Franchisee' }).waitFor();
  });

  it('the franchisee lands on their locations and what needs an answer by when; staff keep Needs me now', async () => {
    const home = await homeOf(OWNER, '/api/homes/franchisee', FranchiseeHomeSchema);
    await expect(signInHome(ui.page, OWNER)).resolves.toBe('/home');
    const mine = ui.page.getByTestId('my-locations');
    await mine.locator('tr[data-code]').first().waitFor();
    await expect(mine.locator('tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).resolves.toEqual(
      home.locations.map((l) => l.locationCode),
    );
    const toAnswer = ui.page.getByTestId('to-answer');
    await expect(toAnswer.locator('li').count()).resolves.toBe(home.toAnswer.length);
    if (home.toAnswer.length === 0) await toAnswer.getByText('Nothing waits for your answer.').waitFor();
    for (const kind of new Set(home.toAnswer.map((a) => a.kind))) await toAnswer.locator(`li[data-kind="${kind}"]`).first().waitFor();

    // A location's scorecard draws its trend: the overall score over its components, period by period.
    const scored = home.locations.find((l) => l.scorecardId !== null);
    if (!scored) throw new Error(`No scorecard for any location of ${OWNER}`);
    await mine.locator(`tr[data-code="${scored.locationCode}"] a`).click();
    await ui.page.waitForURL(`**/scorecards/${scored.scorecardId}`);
    const trend = ui.page.getByRole('figure', { name: `Scores of ${scored.locationCode} by period: overall and components` });
    await trend.locator('canvas').first().waitFor();
    for (const column of ['Overall', 'Responsiveness', 'Resolution', 'Recovery', 'Protocol (audits)', 'Volume']) {
      await trend.getByTestId('chart-table').getByRole('columnheader', { name: column, exact: true }).waitFor({ state: 'attached' });
    }

    await ui.restart();
    await expect(signInHome(ui.page, STAFF)).resolves.toBe('/now');
  });
});
