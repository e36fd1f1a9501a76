import type { ComplaintReceipt, Location, Page, Scorecard } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { ScorecardsService } from '../scoring/scorecards.service';
import { EnforcementEvaluator } from '../enforcement/enforcement-evaluator.service';
import { TestApp } from './test-app';

const DAY = { open: '00:00', close: '24:00' };
export const ALWAYS_OPEN = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY, sun: DAY };

/** How a month of complaint handling goes: minutes to acknowledge and to resolve each minor complaint (targets 240 and 2400). */
export type MonthQuality = 'good' | 'warning' | 'closure';
const PLAN: Record<MonthQuality, Array<[number, number]>> = {
  // 6 of 6 on time: 100, band good.
  good: Array.from({ length: 6 }, () => [10, 100] as [number, number]),
  // 4 of 6 on time: 66.7, band warning.
  warning: [[10, 100], [10, 100], [10, 100], [10, 100], [300, 3000], [300, 3000]],
  // none on time: 0, band closure.
  closure: Array.from({ length: 6 }, () => [300, 3000] as [number, number]),
};

/**
 * Drives months of real complaint handling through the API for one location
 * (open round the clock in UTC), scores each month, finalizes the card and runs
 * the enforcement state machine, moving the test clock as it goes.
 */
export class Scenario {
  private n = 0;

  constructor(
    private readonly t: TestApp,
    private readonly handler: ApiClient,
    private readonly auditor: ApiClient,
  ) {}

  /** Files and handles a month's complaints (`period` = YYYY-MM), one a day from the 1st. */
  async month(location: Location, period: string, quality: MonthQuality, count = 6): Promise<void> {
    for (const [i, [ack, resolve]] of PLAN[quality].slice(0, count).entries()) {
      const at = new Date(`${period}-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`);
      this.t.clock.set(at);
      const res = await fetch(`${this.t.baseUrl}/api/public/locations/${location.code}/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `scenario-${location.code}-${++this.n}` },
        body: JSON.stringify({ category: 'wait_time', description: 'Slow service' }),
      });
      const { id } = (await res.json()) as ComplaintReceipt;
      for (const [type, after] of [['acknowledged', ack], ['resolved', resolve]] as const) {
        this.t.clock.set(new Date(at.getTime() + after * 60_000));
        const r = await this.handler.post(`/api/complaints/${id}/events`, { type });
        if (r.status !== 201) throw new Error(`${type}: ${r.status} ${JSON.stringify(r.body)}`);
      }
    }
  }

  /** Scores `period` as of `asOf`, finalizes the card as an auditor, and lets the state machine read it. */
  async close(location: Location, period: string, asOf: string): Promise<Scorecard> {
    this.t.clock.set(new Date(asOf));
    await this.t.app.get(ScorecardsService).computeFor([location.id], period);
    const card = (await this.auditor.get<Page<Scorecard>>(`/api/scorecards?period=${period}&locationId=${location.id}`)).body.items[0];
    const fin = await this.auditor.post(`/api/scorecards/${card.id}/finalize`);
    if (fin.status !== 201) throw new Error(`finalize: ${fin.status} ${JSON.stringify(fin.body)}`);
    await this.t.app.get(EnforcementEvaluator).evaluatePending();
    return card;
  }
}
