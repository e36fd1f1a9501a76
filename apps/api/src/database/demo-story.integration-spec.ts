import type { Band } from '@franscore/scoring';
import { loadConfig } from '../config/config';
import { startTestApp, TestApp } from '../test/test-app';
import { firstStart } from './first-start';

interface Row {
  code: string;
  status: string;
  bands: Band[];
  cases: Array<{ level: string; status: string; outcome: string | null }>;
}

const failing = (b: Band) => b === 'warning' || b === 'closure';

/** Issue 15 point 8: the demo's enforcement cases and statuses follow from its official scorecards. */
describe('the demo tells one true story', () => {
  let t: TestApp;
  let rows: Row[];
  beforeAll(async () => {
    t = await startTestApp();
    await firstStart(t.app, loadConfig({ SEED_DEMO: 'true', LOG_LEVEL: 'error' }), t.db);
    // Each location's official, enforceable cards oldest first, and its cases.
    rows = await t.ds.query(`
      SELECT l.code, l.status,
        COALESCE((SELECT json_agg(s.band ORDER BY st.period) FROM scorecard_standing st JOIN scorecard s ON s.id = st.official_id
                  WHERE st.location_id = l.id AND NOT s.provisional AND s.band IS NOT NULL), '[]') AS bands,
        COALESCE((SELECT json_agg(json_build_object('level', ec.level, 'status', ec.status, 'outcome', ec.outcome)) FROM enforcement_case ec WHERE ec.location_id = l.id), '[]') AS cases
      FROM location l ORDER BY l.code`);
  }, 1_200_000);
  afterAll(() => t.close());

  it('opens no case on a location whose official cards never failed', () => {
    const clean = rows.filter((r) => !r.bands.some(failing));
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.filter((r) => r.cases.length > 0).map((r) => r.code)).toEqual([]);
    expect(clean.filter((r) => r.status !== 'active').map((r) => r.code)).toEqual([]);
  });

  it("holds every case to the location's official cards, and shows every stage", () => {
    const wrong: string[] = [];
    const stages = new Set<string>();
    for (const r of rows) {
      const latest = r.bands[r.bands.length - 1];
      const lastTwo = r.bands.slice(-2);
      // An open case answers to the latest card; a cured one to a good or watch card after a failing one.
      for (const c of r.cases) {
        stages.add(c.status === 'open' ? c.level : (c.outcome as string));
        const holds =
          c.status === 'ended'
            ? c.outcome !== 'cured' || r.bands.some((b, i) => !failing(b) && r.bands.slice(0, i).some(failing))
            : c.level === 'warning'
              ? failing(latest)
              : c.level === 'final_warning'
                ? lastTwo.length === 2 && lastTwo.every(failing)
                : r.bands.includes('closure') || r.bands.filter(failing).length >= 3;
        if (!holds) wrong.push(`${r.code} ${c.level}/${c.status}/${c.outcome ?? ''} on ${r.bands.join(',')}`);
      }
      // DOMAIN.md: an open case puts the location on watch; nothing else here does.
      const open = r.cases.some((c) => c.status === 'open');
      if ((r.status === 'on_watch') !== open) wrong.push(`${r.code} is ${r.status} with${open ? '' : 'out'} an open case`);
    }
    expect(wrong).toEqual([]);
    expect([...stages].sort()).toEqual(expect.arrayContaining(['closure_review', 'cured', 'final_warning', 'warning']));
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
});
