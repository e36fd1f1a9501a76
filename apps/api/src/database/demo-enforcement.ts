import { INestApplication, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SeedNetwork } from '@franscore/seed';
import { Band, nextEnforcementStep, OpenCase } from '@franscore/scoring';
import { actorOf } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { CaseActionsService } from '../enforcement/case-actions.service';
import { CaseTransitions } from '../enforcement/case-transitions';
import { RULE_ACTOR } from '../enforcement/enforcement-evaluator.service';
import { EnforcementRepository } from '../enforcement/enforcement.repository';
import { UsersService } from '../org/users.service';
import { PolicySource } from '../scoring/policy-source';
import { ReviewsService } from '../reviews/reviews.service';

const ALL: Scope = { kind: 'all' };
/** The enforcement evaluator's lock: while the demo's history is replayed, the evaluator waits. */
const EVALUATE_LOCK = 7_210_004;

interface OfficialCard {
  id: string;
  location_id: string;
  period: string;
  band: Band | null;
  provisional: boolean;
  as_of: Date;
}

/** When head office read a period's official card: the first instant after the period. */
const readAt = (period: string) => {
  const [y, m] = period.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1));
};

/**
 * Replays the demo's official scorecards, oldest period first, through the
 * enforcement state machine (DOMAIN.md "Enforcement"), each card read when its
 * period closed, so every case and location status follows from the scores:
 * warnings where a card fell to warning, final warnings where it stayed there
 * after the cure period, closure reviews for the closure band or a third
 * failing month, cured cases where the location came back. Each card is then
 * marked read, so the evaluator does not act on it again. Then rm@ has a review
 * of the last closed month in progress and franchisee@ answers one case with a plan.
 */
export async function seedDemoEnforcement(app: INestApplication, net: SeedNetwork): Promise<void> {
  const ds = app.get(DataSource);
  const transitions = app.get(CaseTransitions);
  const repo = app.get(EnforcementRepository);
  await ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [EVALUATE_LOCK]);
    const rules = await app.get(PolicySource).current(m);
    const cards: OfficialCard[] = await m.query(
      `SELECT s.id, s.location_id, st.period, s.band, s.provisional, s.as_of FROM scorecard_standing st
       JOIN scorecard s ON s.id = st.official_id
       WHERE NOT EXISTS (SELECT 1 FROM enforcement_evaluation ee WHERE ee.scorecard_id = s.id)
         AND NOT EXISTS (SELECT 1 FROM enforcement_case ec WHERE ec.location_id = s.location_id)
       ORDER BY st.location_id, st.period`,
    );
    const history = new Map<string, { open: OpenCase | null; warnings: Date[] }>();
    for (const card of cards) {
      const now = readAt(card.period);
      const h = history.get(card.location_id) ?? { open: null, warnings: [] };
      history.set(card.location_id, h);
      const step = nextEnforcementStep({
        openCase: h.open,
        scorecard: { id: card.id, band: card.band, provisional: card.provisional, finalized: true, asOf: new Date(card.as_of) },
        rules,
        now,
        earlierWarnings: h.warnings,
      });
      const why = { actor: RULE_ACTOR, reason: `${step.rule} (official scorecard ${card.period})`, scorecardId: card.id };
      const open = () => openCase(m, repo, card.location_id);
      switch (step.action) {
        case 'none':
          break;
        case 'open_warning':
          await transitions.open(m, card.location_id, 'warning', { cure: step.cureDeadline, cap: step.capDeadline }, { ...why, action: 'warning_opened' });
          h.open = { level: 'warning', openedAt: now, cureDeadline: step.cureDeadline };
          h.warnings.push(now);
          break;
        case 'escalate_final_warning':
          await transitions.changeLevel(m, await open(), 'final_warning', step.cureDeadline, { ...why, action: 'final_warning' });
          h.open = { level: 'final_warning', openedAt: h.open?.openedAt ?? now, cureDeadline: step.cureDeadline };
          break;
        case 'open_closure_review':
          if (h.open) await transitions.changeLevel(m, await open(), 'closure_review', null, { ...why, action: 'closure_review' });
          else await transitions.open(m, card.location_id, 'closure_review', { cure: now, cap: now }, { ...why, action: 'closure_review' });
          h.open = { level: 'closure_review', openedAt: h.open?.openedAt ?? now, cureDeadline: h.open?.cureDeadline ?? now };
          break;
        case 'cure':
          await transitions.end(m, await open(), 'cured', { ...why, action: 'cured' });
          h.open = null;
          break;
      }
      await m.query(`INSERT INTO enforcement_evaluation (scorecard_id, at, step) VALUES ($1, $2, $3)`, [card.id, now, step.action]);
    }
  });

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

async function openCase(m: EntityManager, repo: EnforcementRepository, locationId: string) {
  const c = await repo.openFor(m, locationId, true);
  if (!c) throw new Error(`The demo replay lost the open case of location ${locationId}`);
  return c;
}

async function openCases(ds: DataSource, where: string, params: unknown[], orderFirst = ''): Promise<string[]> {
  const rows: Array<{ id: string }> = await ds.query(
    `SELECT ec.id FROM enforcement_case ec JOIN location l ON l.id = ec.location_id WHERE ec.status = 'open' AND ${where} ORDER BY ${orderFirst}l.code`,
    params,
  );
  return rows.map((r) => r.id);
}
