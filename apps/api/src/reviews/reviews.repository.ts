import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Review } from '@franscore/domain';
import { Scope } from '../auth/scope';

type ReviewHead = Omit<Review, 'locations'>;
type ReviewLocation = Review['locations'][number];

/** A review is visible when its region is: every region for head office, their own for a regional manager. */
function regionVisible(scope: Scope, alias: string, params: unknown[]): string {
  if (scope.kind === 'all') return 'TRUE';
  if (scope.kind === 'regions') return `${alias} = ANY($${params.push(scope.regionIds)}::uuid[])`;
  return 'FALSE';
}

@Injectable()
export class ReviewsRepository {
  async regionVisible(m: EntityManager, scope: Scope, regionId: string): Promise<boolean> {
    const params: unknown[] = [regionId];
    const rows: unknown[] = await m.query(`SELECT 1 FROM region r WHERE r.id = $1 AND ${regionVisible(scope, 'r.id', params)}`, params);
    return rows.length > 0;
  }

  async insert(m: EntityManager, regionId: string, period: string, managerId: string, at: Date): Promise<string> {
    const [{ id }] = await m.query(`INSERT INTO review (region_id, period, manager_id, status, created_at) VALUES ($1, $2, $3, 'open', $4) RETURNING id`, [regionId, period, managerId, at]);
    return id as string;
  }

  async head(m: EntityManager, scope: Scope, id: string, lock = false): Promise<ReviewHead | null> {
    const params: unknown[] = [id];
    const rows: Array<{ id: string; region_id: string; region_name: string; period: string; status: 'open' | 'finished'; manager: string; created_at: Date; finished_at: Date | null }> = await m.query(
      `SELECT v.id, v.region_id, r.name AS region_name, v.period, v.status, u.email AS manager, v.created_at, v.finished_at
       FROM review v JOIN region r ON r.id = v.region_id JOIN app_user u ON u.id = v.manager_id
       WHERE v.id = $1 AND ${regionVisible(scope, 'v.region_id', params)} ${lock ? 'FOR UPDATE OF v' : ''}`,
      params,
    );
    const r = rows[0];
    return r ? { id: r.id, regionId: r.region_id, regionName: r.region_name, period: r.period, status: r.status, managerLabel: r.manager, createdAt: r.created_at.toISOString(), finishedAt: r.finished_at?.toISOString() ?? null } : null;
  }

  async list(m: EntityManager, scope: Scope): Promise<ReviewHead[]> {
    const params: unknown[] = [];
    const rows: Array<{ id: string }> = await m.query(`SELECT v.id FROM review v WHERE ${regionVisible(scope, 'v.region_id', params)} ORDER BY v.created_at DESC LIMIT 200`, params);
    const heads: ReviewHead[] = [];
    for (const r of rows) {
      const head = await this.head(m, scope, r.id);
      if (head) heads.push(head);
    }
    return heads;
  }

  /** Each open location of the region: its standing card for the period (the official one, else the newest), its last six periods, its open case, the decision so far. */
  async locations(m: EntityManager, reviewId: string, regionId: string, period: string): Promise<ReviewLocation[]> {
    const rows: Array<{
      id: string; code: string; name: string; overall: string | null; band: ReviewLocation['band']; provisional: boolean | null;
      trend: Array<{ period: string; overall: number | null; band: ReviewLocation['band'] }>;
      case_id: string | null; case_level: 'warning' | 'final_warning' | 'closure_review' | null; cure_deadline: Date | null;
      decision: ReviewLocation['decision'];
    }> = await m.query(
      `SELECT l.id, l.code, l.name, cur.overall, cur.band, cur.provisional,
              COALESCE((SELECT json_agg(json_build_object('period', t.period, 'overall', t.overall, 'band', t.band) ORDER BY t.period)
                        FROM (SELECT ts.period, s.overall::float8 AS overall, s.band FROM scorecard_standing ts JOIN scorecard s ON s.id = ts.standing_id
                              WHERE ts.location_id = l.id AND ts.period <= $2 ORDER BY ts.period DESC LIMIT 6) t), '[]') AS trend,
              ec.id AS case_id, ec.level AS case_level, ec.cure_deadline,
              (SELECT json_build_object('decision', d.decision, 'notes', d.notes, 'at', to_char(d.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                 FROM review_decision d WHERE d.review_id = $3 AND d.location_id = l.id) AS decision
       FROM location l
       LEFT JOIN scorecard_standing st ON st.location_id = l.id AND st.period = $2
       -- LATERAL ... LIMIT 1 keeps this an index probe per location, never a pass over every card.
       LEFT JOIN LATERAL (SELECT s.overall, s.band, s.provisional FROM scorecard s WHERE s.id = st.standing_id LIMIT 1) cur ON TRUE
       LEFT JOIN enforcement_case ec ON ec.location_id = l.id AND ec.status = 'open'
       WHERE l.region_id = $1 AND l.status <> 'closed' ORDER BY cur.overall ASC NULLS LAST, l.code`,
      [regionId, period, reviewId],
    );
    return rows.map((r) => ({
      locationId: r.id,
      locationCode: r.code,
      locationName: r.name,
      overall: r.overall === null ? null : Number(r.overall),
      band: r.band,
      provisional: r.provisional ?? true,
      trend: r.trend,
      openCase: r.case_id && r.case_level && r.cure_deadline ? { id: r.case_id, level: r.case_level, cureDeadline: r.cure_deadline.toISOString() } : null,
      decision: r.decision,
    }));
  }

  async decide(m: EntityManager, reviewId: string, locationId: string, decision: string, notes: string, at: Date): Promise<void> {
    await m.query(
      `INSERT INTO review_decision (review_id, location_id, decision, notes, decided_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (review_id, location_id) DO UPDATE SET decision = EXCLUDED.decision, notes = EXCLUDED.notes, decided_at = EXCLUDED.decided_at`,
      [reviewId, locationId, decision, notes, at],
    );
  }

  async finish(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.query(`UPDATE review SET status = 'finished', finished_at = $2 WHERE id = $1`, [id, at]);
  }

  async setWatch(m: EntityManager, locationId: string): Promise<void> {
    await m.query(`UPDATE location SET status = 'on_watch', updated_at = now() WHERE id = $1 AND status = 'active'`, [locationId]);
  }
}
