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
import { EnforcementEvaluator } from '../enforcement/enforcement-evaluator.service';
import { endReplays, replayAt } from '../time/clock';
import { neverAudited } from './demo-seed';

const ALL: Scope = { kind: 'all' };

const HOUR = 3_600_000;
/** Hours into the first working day after a period at which head office closes it, step by step. */
const CLOSE_HOURS = { audits: 10, cards: 12, finalized: 14, rules: 14 + 1 / 60 } as const;
export type MonthlyClose = Record<keyof typeof CLOSE_HOURS, Date>;

/**
 * When head office closed a period: its audits finalized, its cards computed, the cards finalized, and
 * the enforcement rules reading them a minute later (as the evaluator does on a finalization), on the
 * first working day (UTC) after the period. A seed that runs before that day's close has its steps
 * squeezed, in the same order, into the time since the period ended, with up to an hour to spare:
 * nothing is recorded after the seed's own now.
 */
export function monthlyClose(period: string, now: Date): MonthlyClose {
  const [y, m] = period.split('-').map(Number);
  const end = Date.UTC(y, m, 1);
  let day = end;
  while ([0, 6].includes(new Date(day).getUTCDay())) day += 24 * HOUR;
  const offset = (hours: number) => day - end + hours * HOUR;
  const since = now.getTime() - end;
  const squeeze = Math.min(1, (since - Math.min(HOUR, since / 4)) / offset(CLOSE_HOURS.rules));
  const at = (hours: number) => new Date(end + Math.round(offset(hours) * squeeze));
  return { audits: at(CLOSE_HOURS.audits), cards: at(CLOSE_HOURS.cards), finalized: at(CLOSE_HOURS.finalized), rules: at(CLOSE_HOURS.rules) };
}

/**
 * Demo audits and scorecards, so a new user sees every band, trends and
 * provisional cards: a third of the locations audited in each of the last three
 * complete months (but one in twelve never, so the audit plan has work), every
 * period scored, and the complete periods finalized. Each complete month is
 * closed, oldest first, at its own time (`monthlyClose`), and the enforcement
 * evaluator reads its official cards then, so every case, its timeline and its
 * deadlines are what the rules made of the scores when each card came out.
 */
export async function seedDemoScoring(app: INestApplication, net: SeedNetwork, now: Date): Promise<{ audits: number; scorecards: number }> {
  const ds = app.get(DataSource);
  const audits = app.get(AuditsService);
  const scorecards = app.get(ScorecardsService);
  const evaluator = app.get(EnforcementEvaluator);
  const auditorSeed = net.users.find((u) => u.role === 'auditor');
  if (!auditorSeed) return { audits: 0, scorecards: 0 };
  const auditor = await app.get(UsersService).get(auditorSeed.id);
  const actor = actorOf(auditor);
  const current = periodOf(now);
  const complete = [previousPeriod(current), previousPeriod(previousPeriod(current)), previousPeriod(previousPeriod(previousPeriod(current)))];
  const ids = net.locations.map((l) => l.id);

  const auditPeriod = async (period: string, p: number) => {
    let n = 0;
    for (const [i, location] of net.locations.entries()) {
      if (i % 3 !== p % 3) continue;
      // Never audited: the audit plan shows it due or overdue from its opening.
      if (neverAudited(i)) continue;
      try {
        const audit = await audits.open(auditor, actor, ALL, { locationId: location.id, period, sampleSize: 3 });
        for (const c of audit.cases) {
          const events: Array<{ type: EventType }> = await ds.query(`SELECT type FROM complaint_event WHERE complaint_id = $1 ORDER BY seq`, [c.complaintId]);
          await audits.scoreCase(ALL, audit.id, c.id, { criteria: demoCaseCriteria(events) });
        }
        await audits.submit(actor, ALL, audit.id);
        await audits.finalize(actor, ALL, audit.id);
        n++;
      } catch (e) {
        // A location with nothing handled that month simply has no audit.
        if (!(e instanceof AppError && e.code === 'audit.no_cases')) throw e;
      }
    }
    return n;
  };

  let auditCount = 0;
  let finalized = 0;
  // Paused, the evaluator reads each month's cards when that month closes, not when a timer or a finalization fires.
  await evaluator.whilePaused(async () => {
    for (const period of [...complete].reverse()) {
      const close = monthlyClose(period, now);
      auditCount += await replayAt(close.audits, () => auditPeriod(period, complete.indexOf(period)));
      await replayAt(close.cards, () => scorecards.computeFor(ids, period));
      const toFinalize: Array<{ id: string }> = await ds.query(
        `SELECT s.id FROM scorecard_standing st JOIN scorecard s ON s.id = st.standing_id
         WHERE st.period = $1 AND NOT s.provisional ORDER BY st.location_id`,
        [period],
      );
      await replayAt(close.finalized, async () => {
        for (const { id } of toFinalize) await scorecards.finalize(actor, ALL, id);
      });
      finalized += toFinalize.length;
      await replayAt(close.rules, () => evaluator.evaluatePending());
    }
  });
  endReplays();
  await scorecards.computeFor(ids, current);
  new Logger('FirstStart').log(`Demo scoring: ${auditCount} finalized audits, ${finalized} finalized scorecards over ${complete.join(', ')}`);
  return { audits: auditCount, scorecards: finalized };
}
