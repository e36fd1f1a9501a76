import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SeedNetwork } from '@franscore/seed';
import { actorOf } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { CaseActionsService } from '../enforcement/case-actions.service';
import { UsersService } from '../org/users.service';
import { ReviewsService } from '../reviews/reviews.service';

const ALL: Scope = { kind: 'all' };

/**
 * The demo's people at work on the cases the rules opened while its months were closed
 * (`seedDemoScoring`): rm@ has a review of the last closed month in progress and
 * franchisee@ answers one case with a plan.
 */
export async function seedDemoEnforcement(app: INestApplication, net: SeedNetwork): Promise<void> {
  const ds = app.get(DataSource);
  const cases = app.get(CaseActionsService);
  const users = app.get(UsersService);
  const seedUser = (email: string) => net.users.find((u) => u.email === email);
  const rmSeed = seedUser('rm@franscore.demo');
  const ownerSeed = seedUser('franchisee@franscore.demo');
  if (rmSeed && ownerSeed) {
    const rmUser = await users.get(rmSeed.id);
    const rm = actorOf(rmUser);
    const owner = actorOf(await users.get(ownerSeed.id));
    // rm@'s review of the last closed month, in progress: a closure recommended, a good location passed.
    const region = rmSeed.regionIds[0];
    const [{ period }]: Array<{ period: string }> = await ds.query(`SELECT max(period) AS period FROM scorecard_standing WHERE official_id IS NOT NULL`);
    const reviews = app.get(ReviewsService);
    const review = await reviews.open({ ...rmUser, role: 'regional_manager' }, rm, ALL, region, period);
    const [closing] = await ds.query(
      `SELECT ec.location_id AS id FROM enforcement_case ec JOIN location l ON l.id = ec.location_id
       WHERE ec.status = 'open' AND ec.level = 'closure_review' AND l.region_id = $1 ORDER BY l.code LIMIT 1`,
      [region],
    );
    if (closing) await reviews.decide(rm, ALL, review.id, closing.id, 'recommend_closure', 'Demo: no improvement after two cure periods');
    const passed = review.locations.find((l) => l.band === 'good' && !l.openCase);
    if (passed) await reviews.decide(rm, ALL, review.id, passed.locationId, 'no_action', 'Demo: good month, nothing to do');
    // franchisee@ answers their case with a corrective-action plan, which waits for rm@ or head office
    // (a warning's if the scores gave them one, else the plan they put to the closure review).
    const [own] = await openCases(ds, `l.franchisee_id = $1`, [ownerSeed.franchiseeId], `ec.level = 'closure_review', `);
    if (own) {
      const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      await cases.submitPlan(owner, ALL, own, {
        actions: [
          { description: 'Second cashier at lunch peak', owner: 'Store manager', dueDate: inDays(10) },
          { description: 'LATTE refresher training for all shifts', owner: 'Area trainer', dueDate: inDays(20) },
        ],
      });
    }
  }
  const byStage: Array<{ stage: string; n: number }> = await ds.query(
    `SELECT CASE WHEN status = 'open' THEN level ELSE outcome END AS stage, count(*)::int AS n FROM enforcement_case GROUP BY 1 ORDER BY 1`,
  );
  new Logger('FirstStart').log(`Demo enforcement from the official scorecards: ${byStage.map((s) => `${s.n} ${s.stage}`).join(', ') || 'no cases'}`);
}

async function openCases(ds: DataSource, where: string, params: unknown[], orderFirst = ''): Promise<string[]> {
  const rows: Array<{ id: string }> = await ds.query(
    `SELECT ec.id FROM enforcement_case ec JOIN location l ON l.id = ec.location_id WHERE ec.status = 'open' AND ${where} ORDER BY ${orderFirst}l.code`,
    params,
  );
  return rows.map((r) => r.id);
}
