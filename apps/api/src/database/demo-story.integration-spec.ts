import type { Band } from '@franscore/scoring';
import { demoStoryLocations, generateNetwork } from '@franscore/seed';
import { loadConfig } from '../config/config';
import { startTestApp, TEST_NOW, TestApp } from '../test/test-app';
import { firstStart } from './first-start';
import { HomesService } from '../homes/homes.service';

interface Row {
  code: string;
  status: string;
  cards: Array<{ band: Band; asOf: string }>;
  cases: Array<{
    level: string;
    status: string;
    outcome: string | null;
    cure: string;
    /** The rule's transitions, each with the band of the card it read. */
    steps: Array<{ action: string; at: string; band: Band }>;
  }>;
}

const failing = (b: Band) => b === 'warning' || b === 'closure';
/** DOMAIN.md "Enforcement": the band a rule's transition may rest on. */
const RESTS_ON: Record<string, (b: Band) => boolean> = {
  warning_opened: failing,
  final_warning: failing,
  closure_review: failing,
  cured: (b) => !failing(b),
};

/** Issue 15 point 8: the demo's enforcement cases and statuses follow from its official scorecards. */
describe('the demo tells one true story', () => {
  let t: TestApp;
  let rows: Row[];
  beforeAll(async () => {
    t = await startTestApp();
    await firstStart(t.app, loadConfig({ SEED_DEMO: 'true', LOG_LEVEL: 'error' }), t.db);
    // Each location's official, enforceable cards oldest first, and its cases with the rule's steps.
    rows = await t.ds.query(`
      SELECT l.code, l.status,
        COALESCE((SELECT json_agg(json_build_object('band', s.band, 'asOf', s.as_of) ORDER BY st.period) FROM scorecard_standing st JOIN scorecard s ON s.id = st.official_id
                  WHERE st.location_id = l.id AND NOT s.provisional AND s.band IS NOT NULL), '[]') AS cards,
        COALESCE((SELECT json_agg(json_build_object('level', ec.level, 'status', ec.status, 'outcome', ec.outcome, 'cure', ec.cure_deadline,
                    'steps', (SELECT json_agg(json_build_object('action', e.action, 'at', e.at, 'band', s.band) ORDER BY e.seq)
                              FROM enforcement_event e JOIN scorecard s ON s.id = e.scorecard_id WHERE e.case_id = ec.id AND e.actor_label = 'rule')))
                  FROM enforcement_case ec WHERE ec.location_id = l.id), '[]') AS cases
      FROM location l ORDER BY l.code`);
  }, 1_200_000);
  afterAll(() => t.close());

  it('opens no case on a location whose official cards never failed', () => {
    const clean = rows.filter((r) => !r.cards.some((c) => failing(c.band)));
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.filter((r) => r.cases.length > 0).map((r) => r.code)).toEqual([]);
    expect(clean.filter((r) => r.status !== 'active').map((r) => r.code)).toEqual([]);
  });

  it("holds every case to the location's official cards, and shows every stage", () => {
    const wrong: string[] = [];
    const stages = new Set<string>();
    for (const r of rows) {
      for (const c of r.cases) {
        stages.add(c.status === 'open' ? c.level : (c.outcome as string));
        const label = `${r.code} ${c.level}/${c.status}/${c.outcome ?? ''}`;
        // Each of the rule's steps rests on the band of the card it read.
        for (const step of c.steps) if (!RESTS_ON[step.action]?.(step.band)) wrong.push(`${label}: ${step.action} on a ${step.band} card`);
        // A warning still open read every later card inside its cure period: one after the deadline would have cured or escalated it.
        const last = c.steps[c.steps.length - 1];
        if (c.status === 'open' && c.level !== 'closure_review' && last) {
          const after = r.cards.filter((card) => Date.parse(card.asOf) > Date.parse(last.at) && Date.parse(card.asOf) > Date.parse(c.cure));
          if (after.length) wrong.push(`${label}: still open after a ${after[0].band} card past its cure deadline`);
        }
      }
      // DOMAIN.md: an open case puts the location on watch; nothing else here does.
      const open = r.cases.some((c) => c.status === 'open');
      if ((r.status === 'on_watch') !== open) wrong.push(`${r.code} is ${r.status} with${open ? '' : 'out'} an open case`);
    }
    expect(wrong).toEqual([]);
    expect([...stages].sort()).toEqual(expect.arrayContaining(['closure_review', 'cured', 'final_warning', 'warning']));
  });

  it("gives rm@'s region a fresh warning whose cure deadline is ahead and a cured case, where README says", async () => {
    const mine: Array<{ code: string; level: string; status: string; outcome: string | null; cure: Date }> = await t.ds.query(
      `SELECT l.code, ec.level, ec.status, ec.outcome, ec.cure_deadline AS cure FROM enforcement_case ec JOIN location l ON l.id = ec.location_id
       JOIN user_region ur ON ur.region_id = l.region_id JOIN app_user u ON u.id = ur.user_id WHERE u.email = 'rm@franscore.demo' ORDER BY l.code`,
    );
    const fresh = mine.filter((c) => c.status === 'open' && c.level === 'warning' && new Date(c.cure) > TEST_NOW).map((c) => c.code);
    const cured = mine.filter((c) => c.outcome === 'cured').map((c) => c.code);
    // The generator's story locations (MSK-002 slipping, MSK-003 recovering: README "Using it") are among them.
    const { slipping, recovering } = demoStoryLocations(generateNetwork(1));
    expect({ fresh, cured }).toEqual({ fresh: expect.arrayContaining([slipping?.code]), cured: expect.arrayContaining([recovering?.code]) });
    expect([slipping?.code, recovering?.code]).toEqual(['MSK-002', 'MSK-003']);
  });

  it('opens, escalates and ends every case when the rules read the card behind it, not when the seed ran', async () => {
    // Each rule-made step with the card it read: finalized by the auditor at the period's close, read after it, within the month after the period.
    const steps: Array<{ action: string; at: Date; opened: Date; finalized: Date; period: string; audit: Date | null }> = await t.ds.query(
      `SELECT e.action, e.at, ec.opened_at AS opened, sf.finalized_at AS finalized, s.period,
         (SELECT a.at FROM audit_log a WHERE a.entity_type = 'enforcement_case' AND a.entity_id = ec.id::text AND a.action = 'enforcement.' || e.action) AS audit
       FROM enforcement_event e JOIN enforcement_case ec ON ec.id = e.case_id
       JOIN scorecard s ON s.id = e.scorecard_id JOIN scorecard_finalization sf ON sf.scorecard_id = s.id
       WHERE e.actor_label = 'rule' ORDER BY e.at`,
    );
    const [{ cases, atSeed }] = await t.ds.query(`SELECT count(*)::int AS cases, count(*) FILTER (WHERE opened_at = $1)::int AS "atSeed" FROM enforcement_case`, [TEST_NOW]);
    expect({ cases, atSeed }).toEqual({ cases: expect.any(Number), atSeed: 0 });
    expect(steps.filter((x) => x.action === 'warning_opened' || (x.action === 'closure_review' && +x.at === +x.opened)).length).toBe(cases);
    const nextMonthEnds = (period: string) => {
      const [y, m] = period.split('-').map(Number);
      return Date.UTC(y, m + 1, 1);
    };
    const wrong = steps
      .filter((x) => !(+x.at > +x.finalized && +x.at < nextMonthEnds(x.period) && +x.at < +TEST_NOW && x.audit !== null && +x.audit === +x.at))
      .map((x) => `${x.action} at ${new Date(x.at).toISOString()} on the ${x.period} card finalized ${new Date(x.finalized).toISOString()}, logged ${x.audit && new Date(x.audit).toISOString()}`);
    expect(wrong).toEqual([]);
    // Deadlines run from the opening, as the rules set them (DOMAIN.md defaults: CAP in 7 days, cure in 30).
    const off: Array<{ code: string }> = await t.ds.query(
      `SELECT l.code FROM enforcement_case ec JOIN location l ON l.id = ec.location_id
       WHERE ec.level = 'warning' AND (ec.cap_deadline <> ec.opened_at + interval '7 days' OR ec.cure_deadline <> ec.opened_at + interval '30 days')`,
    );
    expect(off).toEqual([]);
  });

  it('names every location once', async () => {
    const [{ names, n }] = await t.ds.query(`SELECT count(DISTINCT name)::int AS names, count(*)::int AS n FROM location`);
    expect(names).toBe(n);
  });

  it("has rm@'s review of the last closed month in progress, with decisions", async () => {
    const reviews: Array<{ status: string; decisions: number }> = await t.ds.query(
      `SELECT r.status, (SELECT count(*)::int FROM review_decision d WHERE d.review_id = r.id) AS decisions
       FROM review r JOIN app_user u ON u.id = r.manager_id WHERE u.email = 'rm@franscore.demo'`,
    );
    expect(reviews).toEqual([{ status: 'open', decisions: 2 }]);
  });

  it("has franchisee@'s plan waiting on their own open case", async () => {
    const plans: Array<{ status: string; open: string }> = await t.ds.query(
      `SELECT p.status, ec.status AS open FROM corrective_plan p JOIN enforcement_case ec ON ec.id = p.case_id JOIN location l ON l.id = ec.location_id
       JOIN app_user u ON u.franchisee_id = l.franchisee_id WHERE u.email = 'franchisee@franscore.demo'`,
    );
    expect(plans).toEqual([{ status: 'submitted', open: 'open' }]);
  });

  it("gives the auditor's audit plan locations due and overdue, a never-audited one counting from its opening", async () => {
    const home = await t.app.get(HomesService).auditor({ kind: 'all' });
    expect(home.planCounts.due).toBeGreaterThan(0);
    expect(home.planCounts.overdue).toBeGreaterThan(0);
    expect(home.planCounts.ok).toBeGreaterThan(home.planCounts.due + home.planCounts.overdue);
    // A location opened late has no complaint from before its opening.
    const early: Array<{ code: string }> = await t.ds.query(
      `SELECT DISTINCT l.code FROM complaint c JOIN location l ON l.id = c.location_id WHERE c.received_at < l.created_at`,
    );
    expect(early).toEqual([]);
  });
});
