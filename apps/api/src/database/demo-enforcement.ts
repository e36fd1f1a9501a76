import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SeedNetwork } from '@franscore/seed';
import { actorOf } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { CaseActionsService } from '../enforcement/case-actions.service';
import { CaseTransitions } from '../enforcement/case-transitions';
import { EnforcementEvaluator, RULE_ACTOR } from '../enforcement/enforcement-evaluator.service';
import { EnforcementRepository } from '../enforcement/enforcement.repository';
import { UsersService } from '../org/users.service';

const ALL: Scope = { kind: 'all' };

/**
 * Leaves enforcement cases at every stage in the demo region of rm@: a fresh
 * warning, a plan waiting for review, a final warning, a closure review waiting
 * for the admin, and a cured case. The state machine first reads the demo's finalized scorecards.
 */
export async function seedDemoEnforcement(app: INestApplication, net: SeedNetwork): Promise<void> {
  const ds = app.get(DataSource);
  await app.get(EnforcementEvaluator).evaluatePending();
  const cases = app.get(CaseActionsService);
  const users = app.get(UsersService);
  const seedUser = (email: string) => net.users.find((u) => u.email === email);
  const rmSeed = seedUser('rm@franscore.demo');
  const ownerSeed = seedUser('franchisee@franscore.demo');
  if (!rmSeed || !ownerSeed) return;
  const rm = actorOf(await users.get(rmSeed.id));
  const owner = actorOf(await users.get(ownerSeed.id));
  const region = rmSeed.regionIds[0];
  const free = async (): Promise<string[]> => {
    const rows: Array<{ id: string }> = await ds.query(
      `SELECT l.id FROM location l WHERE l.region_id = $1 AND l.status <> 'closed' AND l.franchisee_id <> $2
         AND NOT EXISTS (SELECT 1 FROM enforcement_case ec WHERE ec.location_id = l.id) ORDER BY l.code`,
      [region, ownerSeed.franchiseeId],
    );
    return rows.map((r) => r.id);
  };
  const warn = (locationId: string, reason: string) => cases.issueWarning(rm, ALL, locationId, reason);

  // A plan waiting for review, on one of franchisee@'s locations (the others stay free for them to explore).
  const ownLocations: Array<{ id: string }> = await ds.query(`SELECT id FROM location WHERE franchisee_id = $1 ORDER BY code`, [ownerSeed.franchiseeId]);
  const repo = app.get(EnforcementRepository);
  const ownCase = (await repo.openFor(ds.manager, ownLocations[0].id)) ?? (await warn(ownLocations[0].id, 'Demo: complaint handling below the warning threshold at the store visit'));
  if (ownCase.level === 'warning') {
    await cases.submitPlan(owner, ALL, ownCase.id, {
      actions: [
        { description: 'Second cashier at lunch peak', owner: 'Store manager', dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) },
        { description: 'LATTE refresher training for all shifts', owner: 'Area trainer', dueDate: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10) },
      ],
    });
  }
  const [fresh, final, review, cured] = await free();
  if (fresh) await warn(fresh, 'Demo: three hygiene complaints in a week, seen on a store visit');
  if (final) {
    const c = await warn(final, 'Demo: slow acknowledgement of complaints for two months');
    await cases.escalate(rm, ALL, c.id, 'Demo: no corrective-action plan submitted by the deadline');
  }
  if (review) {
    const c = await warn(review, 'Demo: repeated critical safety complaints');
    await cases.escalate(rm, ALL, c.id, 'Demo: still failing after the cure period');
    await cases.escalate(rm, ALL, c.id, 'Demo: still failing after the final warning');
    await cases.recommend(rm, ALL, c.id, 'close', 'Demo: no improvement after two cure periods; recommend closure');
  }
  if (cured) {
    await warn(cured, 'Demo: complaints left unresolved over a holiday week');
    await ds.transaction(async (m) => {
      const open = await repo.openFor(m, cured, true);
      if (open) await app.get(CaseTransitions).end(m, open, 'cured', { actor: RULE_ACTOR, action: 'cured', reason: 'Demo: band good on the next finalized scorecard after the cure deadline' });
    });
  }
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM enforcement_case`);
  new Logger('FirstStart').log(`Demo enforcement: ${n} cases`);
}
