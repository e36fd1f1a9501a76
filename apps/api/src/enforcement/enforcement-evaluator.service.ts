import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { debounceTime, Subscription } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import type { Band } from '@franscore/scoring';
import { nextEnforcementStep } from '@franscore/scoring';
import { Actor } from '../audit-log/audit-log.service';
import { PolicySource } from '../scoring/policy-source';
import { ScorecardsService } from '../scoring/scorecards.service';
import { Clock } from '../time/clock';
import { CaseTransitions } from './case-transitions';
import { EnforcementRepository } from './enforcement.repository';

/** Transitions made by the state machine carry the rule, not a person. */
export const RULE_ACTOR: Actor = { id: null, label: 'rule' };
const EVALUATE_LOCK = 7_210_004;

interface PendingCard {
  id: string;
  location_id: string;
  band: Band | null;
  provisional: boolean;
  as_of: Date;
}

/**
 * Feeds official scorecards (DOMAIN.md "Official card and revisions") to the
 * enforcement state machine, each card once, in the order they were finalized. Runs when a card is finalized and on a timer (deadlines pass without events).
 */
@Injectable()
export class EnforcementEvaluator implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('Enforcement');
  private subscription: Subscription | null = null;
  private running: Promise<number> = Promise.resolve(0);
  private paused = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly repo: EnforcementRepository,
    private readonly transitions: CaseTransitions,
    private readonly policy: PolicySource,
    private readonly scorecards: ScorecardsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A burst of finalizations (period review) runs the machine once.
    this.subscription = this.scorecards.finalized$.pipe(debounceTime(250)).subscribe(() => void this.scheduled());
  }

  /** Lets a run in flight finish before the database goes away. */
  async onModuleDestroy(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.running;
  }

  /** Runs work with the timer and finalizations not starting the machine (the demo seed replays its history itself). */
  async whilePaused<T>(work: () => Promise<T>): Promise<T> {
    this.paused++;
    try {
      await this.running;
      return await work();
    } finally {
      this.paused--;
    }
  }

  @Interval(60_000)
  async scheduled(): Promise<void> {
    if (this.paused) return;
    this.running = this.evaluatePending().catch((e: unknown) => {
      this.log.error(e instanceof Error ? e.stack : e);
      return 0;
    });
    await this.running;
  }

  /** Answers how many cards it read. */
  async evaluatePending(): Promise<number> {
    return this.ds.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [EVALUATE_LOCK]);
      if (!locked) return 0;
      const cards: PendingCard[] = await m.query(
        // Official cards only (one superseded before it was read never acts), each reached by an index probe.
        `SELECT s.id, s.location_id, s.band, s.provisional, s.as_of FROM scorecard_standing st
         JOIN scorecard_finalization sf ON sf.scorecard_id = st.official_id
         CROSS JOIN LATERAL (SELECT c.id, c.location_id, c.band, c.provisional, c.as_of FROM scorecard c WHERE c.id = st.official_id LIMIT 1) s
         WHERE NOT EXISTS (SELECT 1 FROM enforcement_evaluation ee WHERE ee.scorecard_id = st.official_id)
         ORDER BY sf.finalized_at, s.as_of`,
      );
      const rules = await this.policy.current(m);
      for (const card of cards) {
        const step = await this.evaluate(m, card, rules);
        await m.query(`INSERT INTO enforcement_evaluation (scorecard_id, at, step) VALUES ($1, $2, $3)`, [card.id, this.clock.now(), step]);
      }
      return cards.length;
    });
  }

  private async evaluate(m: EntityManager, card: PendingCard, rules: Awaited<ReturnType<PolicySource['current']>>): Promise<string> {
    const open = await this.repo.openFor(m, card.location_id, true);
    const step = nextEnforcementStep({
      openCase: open ? { level: open.level, openedAt: new Date(open.openedAt), cureDeadline: new Date(open.cureDeadline) } : null,
      scorecard: { id: card.id, band: card.band, provisional: card.provisional, finalized: true, asOf: card.as_of },
      rules,
      now: this.clock.now(),
      earlierWarnings: await this.repo.strikeDates(m, card.location_id),
    });
    const why = { actor: RULE_ACTOR, reason: step.rule, scorecardId: card.id };
    switch (step.action) {
      case 'none':
        break;
      case 'open_warning':
        await this.transitions.open(m, card.location_id, 'warning', { cure: step.cureDeadline, cap: step.capDeadline }, { ...why, action: 'warning_opened' });
        break;
      case 'escalate_final_warning':
        if (open) await this.transitions.changeLevel(m, open, 'final_warning', step.cureDeadline, { ...why, action: 'final_warning' });
        break;
      case 'open_closure_review':
        if (open) await this.transitions.changeLevel(m, open, 'closure_review', null, { ...why, action: 'closure_review' });
        else {
          const now = this.clock.now();
          await this.transitions.open(m, card.location_id, 'closure_review', { cure: now, cap: now }, { ...why, action: 'closure_review' });
        }
        break;
      case 'cure':
        if (open) await this.transitions.end(m, open, 'cured', { ...why, action: 'cured' });
        break;
    }
    return step.action;
  }
}
