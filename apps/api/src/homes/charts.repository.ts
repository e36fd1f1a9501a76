import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Category, ComplaintMix, Severity, SlaCompliance } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';

export interface ChartWindow {
  /** The period's first instant and the next period's, UTC. */
  from: Date;
  to: Date;
  regionId?: string;
}

const GROUPS: Record<SlaCompliance['by'], { join: string; name: string }> = {
  region: { join: 'JOIN region g ON g.id = l.region_id', name: 'g.name' },
  franchisee: { join: 'JOIN franchisee g ON g.id = l.franchisee_id', name: 'g.legal_name' },
};

/**
 * The charts' aggregates: one GROUP BY over the period's complaints
 * (`complaint_received_idx` bounds the scan), filtered by the caller's scope.
 * Complaints whose dispute was upheld leave every figure, as they leave every score.
 */
@Injectable()
export class ChartsRepository {
  async complaintMix(m: EntityManager, scope: Scope, w: ChartWindow): Promise<ComplaintMix['rows']> {
    const params: unknown[] = [w.from, w.to];
    const where = [scopeCondition(scope, 'l', params)];
    if (w.regionId) where.push(`l.region_id = $${params.push(w.regionId)}`);
    const rows: Array<{ category: Category; severity: Severity; n: number }> = await m.query(
      `SELECT c.category, c.severity, count(*)::int AS n FROM complaint c JOIN location l ON l.id = c.location_id
       WHERE c.received_at >= $1 AND c.received_at < $2 AND c.dispute <> 'upheld' AND ${where.join(' AND ')}
       GROUP BY c.category, c.severity`,
      params,
    );
    const byCategory = new Map<Category, ComplaintMix['rows'][number]>();
    for (const r of rows) {
      const row = byCategory.get(r.category) ?? { category: r.category, minor: 0, major: 0, critical: 0 };
      row[r.severity] += r.n;
      byCategory.set(r.category, row);
    }
    const total = (r: ComplaintMix['rows'][number]) => r.minor + r.major + r.critical;
    return [...byCategory.values()].sort((a, b) => total(b) - total(a) || a.category.localeCompare(b.category));
  }

  /**
   * Per region or franchisee, of the period's complaints decided for each
   * target (the event happened, or the clock passed the target before `now`),
   * how many met it. The stored clock columns already hold the rules (resolving
   * stops the acknowledge clock; a late event keeps its breach time; a running
   * clock has a due time, a stopped or paused one none).
   */
  async slaCompliance(m: EntityManager, scope: Scope, w: ChartWindow, by: SlaCompliance['by'], now: Date): Promise<SlaCompliance['rows']> {
    const params: unknown[] = [w.from, w.to, now];
    const where = [scopeCondition(scope, 'l', params)];
    if (w.regionId) where.push(`l.region_id = $${params.push(w.regionId)}`);
    const g = GROUPS[by];
    return m.query(
      `SELECT g.id, ${g.name} AS name,
              count(*) FILTER (WHERE c.ack_done_at IS NOT NULL AND c.ack_breached_at IS NULL)::int AS "ackOnTime",
              count(*) FILTER (WHERE c.ack_done_at IS NOT NULL OR c.ack_breached_at IS NOT NULL OR c.ack_due_at < $3)::int AS "ackDecided",
              count(*) FILTER (WHERE c.resolve_done_at IS NOT NULL AND c.resolve_breached_at IS NULL)::int AS "resolveOnTime",
              count(*) FILTER (WHERE c.resolve_done_at IS NOT NULL OR c.resolve_breached_at IS NOT NULL OR c.resolve_due_at < $3)::int AS "resolveDecided"
       FROM complaint c JOIN location l ON l.id = c.location_id ${g.join}
       WHERE c.received_at >= $1 AND c.received_at < $2 AND c.dispute <> 'upheld' AND ${where.join(' AND ')}
       GROUP BY g.id, ${g.name} ORDER BY ${g.name} LIMIT 200`,
      params,
    );
  }
}
