import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventType } from '@franscore/domain';
import { demoCaseCriteria, SeedNetwork } from '@franscore/seed';
import { actorOf } from '../audit-log/audit-log.service';
import { AuditsService } from '../audits/audits.service';
import { Scope } from '../auth/scope';
import { UsersService } from '../org/users.service';
import { previousPeriod, periodOf } from '../scoring/scorecard-explanation';
import { ScorecardsService } from '../scoring/scorecards.service';
import { AppError } from '../errors/app-error';

const ALL: Scope = { kind: 'all' };
const NEVER_AUDITED = 11;

/**
 * Demo audits and scorecards, so a new user sees every band, trends and
 * provisional cards: a third of the locations audited in each of the last three
 * complete months (but one in twelve never, so the audit plan has work), every
 * period scored, and the complete periods finalized.
 */
export async function seedDemoScoring(app: INestApplication, net: SeedNetwork, now: Date): Promise<{ audits: number; scorecards: number }> {
  const ds = app.get(DataSource);
  const audits = app.get(AuditsService);
  const scorecards = app.get(ScorecardsService);
  const auditorSeed = net.users.find((u) => u.role === 'auditor');
  if (!auditorSeed) return { audits: 0, scorecards: 0 };
  const auditor = await app.get(UsersService).get(auditorSeed.id);
  const actor = actorOf(auditor);
  const current = periodOf(now);
  const complete = [previousPeriod(current), previousPeriod(previousPeriod(current)), previousPeriod(previousPeriod(previousPeriod(current)))];

  let auditCount = 0;
  for (const [p, period] of complete.entries()) {
    for (const [i, location] of net.locations.entries()) {
      if (i % 3 !== p % 3) continue;
      // One location in twelve has never been audited: the audit plan shows it overdue.
      if (i % 12 === NEVER_AUDITED) continue;
      try {
        const audit = await audits.open(auditor, actor, ALL, { locationId: location.id, period, sampleSize: 3 });
        for (const c of audit.cases) {
          const events: Array<{ type: EventType }> = await ds.query(`SELECT type FROM complaint_event WHERE complaint_id = $1 ORDER BY seq`, [c.complaintId]);
          await audits.scoreCase(ALL, audit.id, c.id, { criteria: demoCaseCriteria(events) });
        }
        await audits.submit(actor, ALL, audit.id);
        await audits.finalize(actor, ALL, audit.id);
        auditCount++;
      } catch (e) {
        // A location with nothing handled that month simply has no audit.
        if (!(e instanceof AppError && e.code === 'audit.no_cases')) throw e;
      }
    }
  }
  const ids = net.locations.map((l) => l.id);
  for (const period of [...complete].reverse().concat(current)) await scorecards.computeFor(ids, period);
  const toFinalize: Array<{ id: string }> = await ds.query(
    `SELECT s.id FROM scorecard_standing st JOIN scorecard s ON s.id = st.standing_id
     WHERE st.period = ANY($1::text[]) AND NOT s.provisional ORDER BY st.location_id, st.period`,
    [complete],
  );
  for (const { id } of toFinalize) await scorecards.finalize(actor, ALL, id);
  new Logger('FirstStart').log(`Demo scoring: ${auditCount} finalized audits, ${toFinalize.length} finalized scorecards over ${complete.join(', ')}`);
  return { audits: auditCount, scorecards: toFinalize.length };
}
