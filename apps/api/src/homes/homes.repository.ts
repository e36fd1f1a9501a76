import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AdminHome, AuditorHome, BandCounts, BandName, HomeCase, LocationStanding, ToAnswer } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';

/** A location's reference time in the audit plan: its last finalized audit, else its opening. */
export interface AuditPlanSourceRow {
  locationId: string;
  locationCode: string;
  locationName: string;
  regionName: string;
  openedAt: Date;
  lastAuditAt: Date | null;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const num = (v: string | number | null) => (v === null ? null : Number(v));
/** Worst band first, so the list reads as the region's trouble first. */
const BAND_ORDER = `CASE cur.band WHEN 'closure' THEN 0 WHEN 'warning' THEN 1 WHEN 'watch' THEN 2 WHEN 'good' THEN 3 ELSE 4 END`;

/**
 * The open locations of a scope with their last finalized audit. `audit_location_period_idx`
 * (location_id first) answers the LATERAL max per location.
 */
const PLAN_SOURCE = (cond: string) => `
  SELECT l.id AS location_id, l.code AS location_code, l.name AS location_name, r.name AS region_name, l.created_at AS opened_at,
         la.at AS last_audit_at, COALESCE(la.at, l.created_at) AS ref
  FROM location l JOIN region r ON r.id = l.region_id
  LEFT JOIN LATERAL (SELECT max(a.finalized_at) AS at FROM audit a WHERE a.location_id = l.id AND a.status = 'finalized') la ON TRUE
  WHERE l.status <> 'closed' AND ${cond}`;

/** Reads of the role homes, each one query over the caller's scope. */
@Injectable()
export class HomesRepository {
  async regionVisible(m: EntityManager, scope: Scope, regionId: string): Promise<boolean> {
    if (scope.kind !== 'all' && scope.kind !== 'regions') return false;
    const params: unknown[] = [regionId];
    const visible = scope.kind === 'all' ? 'TRUE' : `r.id = ANY($${params.push(scope.regionIds)}::uuid[])`;
    const rows: unknown[] = await m.query(`SELECT 1 FROM region r WHERE r.id = $1 AND ${visible}`, params);
    return rows.length > 0;
  }

  async auditPlanCounts(m: EntityManager, scope: Scope, dueBefore: Date, overdueBefore: Date): Promise<AuditorHome['planCounts']> {
    const params: unknown[] = [dueBefore, overdueBefore];
    const [row]: Array<{ ok: number; due: number; overdue: number }> = await m.query(
      `SELECT count(*) FILTER (WHERE p.ref >= $1)::int AS ok,
              count(*) FILTER (WHERE p.ref < $1 AND p.ref >= $2)::int AS due,
              count(*) FILTER (WHERE p.ref < $2)::int AS overdue
       FROM (${PLAN_SOURCE(scopeCondition(scope, 'l', params))}) p`,
      params,
    );
    return { ok: row.ok, due: row.due, overdue: row.overdue };
  }

  /** The locations due or overdue for an audit, the longest waiting first. */
  async auditPlanDue(m: EntityManager, scope: Scope, dueBefore: Date, limit: number): Promise<AuditPlanSourceRow[]> {
    const params: unknown[] = [dueBefore, limit];
    const rows: Array<{ location_id: string; location_code: string; location_name: string; region_name: string; opened_at: Date; last_audit_at: Date | null }> = await m.query(
      `SELECT * FROM (${PLAN_SOURCE(scopeCondition(scope, 'l', params))}) p WHERE p.ref < $1 ORDER BY p.ref, p.location_code LIMIT $2`,
      params,
    );
    return rows.map((r) => ({
      locationId: r.location_id,
      locationCode: r.location_code,
      locationName: r.location_name,
      regionName: r.region_name,
      openedAt: r.opened_at,
      lastAuditAt: r.last_audit_at,
    }));
  }

  async auditsInProgress(m: EntityManager, scope: Scope): Promise<AuditorHome['auditsInProgress']> {
    const params: unknown[] = [];
    const rows: Array<{ id: string; code: string; name: string; period: string; status: 'draft' | 'submitted'; created_at: Date }> = await m.query(
      `SELECT a.id, l.code, l.name, a.period, a.status, a.created_at FROM audit a JOIN location l ON l.id = a.location_id
       WHERE a.status IN ('draft', 'submitted') AND ${scopeCondition(scope, 'l', params)} ORDER BY a.created_at LIMIT 100`,
      params,
    );
    return rows.map((r) => ({ id: r.id, locationCode: r.code, locationName: r.name, period: r.period, status: r.status, createdAt: r.created_at.toISOString() }));
  }

  async pendingDisputes(m: EntityManager, scope: Scope): Promise<AuditorHome['disputes']> {
    const params: unknown[] = [];
    const rows: Array<{ id: string; reference: string; code: string; category: AuditorHome['disputes'][number]['category']; received_at: Date }> = await m.query(
      `SELECT c.id, c.reference, l.code, c.category, c.received_at FROM complaint c JOIN location l ON l.id = c.location_id
       WHERE c.dispute = 'pending' AND ${scopeCondition(scope, 'l', params)} ORDER BY c.received_at LIMIT 100`,
      params,
    );
    return rows.map((r) => ({ complaintId: r.id, reference: r.reference, locationCode: r.code, category: r.category, receivedAt: r.received_at.toISOString() }));
  }

  /**
   * Each open location's standing card (official, else the newest) for a period
   * and the one before, worst band first. Cards are reached through
   * scorecard_standing's key and LATERAL ... LIMIT 1: an index probe per location.
   */
  async standings(m: EntityManager, scope: Scope, period: string, previous: string, regionId?: string): Promise<LocationStanding[]> {
    const params: unknown[] = [period, previous];
    const where = [scopeCondition(scope, 'l', params)];
    if (regionId) where.push(`l.region_id = $${params.push(regionId)}`);
    const rows: Array<{
      id: string; code: string; name: string; card_id: string | null; overall: string | null; band: BandName | null; provisional: boolean | null;
      official: boolean; prev_overall: string | null; prev_band: BandName | null;
    }> = await m.query(
      `SELECT l.id, l.code, l.name, cur.id AS card_id, cur.overall, cur.band, cur.provisional, (st.official_id IS NOT NULL) AS official,
              prev.overall AS prev_overall, prev.band AS prev_band
       FROM location l
       LEFT JOIN scorecard_standing st ON st.location_id = l.id AND st.period = $1
       LEFT JOIN LATERAL (SELECT s.id, s.overall, s.band, s.provisional FROM scorecard s WHERE s.id = st.standing_id LIMIT 1) cur ON TRUE
       LEFT JOIN scorecard_standing pst ON pst.location_id = l.id AND pst.period = $2
       LEFT JOIN LATERAL (SELECT s.overall, s.band FROM scorecard s WHERE s.id = pst.standing_id LIMIT 1) prev ON TRUE
       WHERE l.status <> 'closed' AND ${where.join(' AND ')}
       ORDER BY ${BAND_ORDER}, cur.overall ASC NULLS LAST, l.code LIMIT 500`,
      params,
    );
    return rows.map((r) => ({
      locationId: r.id,
      locationCode: r.code,
      locationName: r.name,
      overall: num(r.overall),
      band: r.band,
      provisional: r.provisional ?? true,
      official: r.official,
      scorecardId: r.card_id,
      previousOverall: num(r.prev_overall),
      previousBand: r.prev_band,
    }));
  }

  /** Open enforcement cases, nearest cure deadline first, with where their corrective-action plan stands. */
  async openCases(m: EntityManager, scope: Scope, regionId?: string): Promise<HomeCase[]> {
    const params: unknown[] = [];
    const where = [scopeCondition(scope, 'l', params)];
    if (regionId) where.push(`l.region_id = $${params.push(regionId)}`);
    const rows: Array<{ id: string; code: string; name: string; level: HomeCase['level']; cure_deadline: Date; cap_deadline: Date; plan: HomeCase['plan'] | null }> = await m.query(
      `SELECT ec.id, l.code, l.name, ec.level, ec.cure_deadline, ec.cap_deadline, p.status AS plan
       FROM enforcement_case ec JOIN location l ON l.id = ec.location_id
       LEFT JOIN LATERAL (SELECT cp.status FROM corrective_plan cp WHERE cp.case_id = ec.id ORDER BY cp.submitted_at DESC LIMIT 1) p ON TRUE
       WHERE ec.status = 'open' AND ${where.join(' AND ')} ORDER BY ec.cure_deadline, l.code LIMIT 200`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      locationCode: r.code,
      locationName: r.name,
      level: r.level,
      cureDeadline: r.cure_deadline.toISOString(),
      capDeadline: r.cap_deadline.toISOString(),
      plan: r.plan ?? 'none',
    }));
  }

  /** The newest open review of a visible region, with how many of its locations have a decision. */
  async reviewInProgress(m: EntityManager, scope: Scope, regionId?: string): Promise<{ id: string; regionName: string; period: string; decided: number; total: number } | null> {
    const params: unknown[] = [];
    const where = [scope.kind === 'all' ? 'TRUE' : scope.kind === 'regions' ? `v.region_id = ANY($${params.push(scope.regionIds)}::uuid[])` : 'FALSE'];
    if (regionId) where.push(`v.region_id = $${params.push(regionId)}`);
    const [row]: Array<{ id: string; region_name: string; period: string; decided: number; total: number }> = await m.query(
      `SELECT v.id, r.name AS region_name, v.period,
              (SELECT count(*) FROM review_decision d WHERE d.review_id = v.id)::int AS decided,
              (SELECT count(*) FROM location l WHERE l.region_id = v.region_id AND l.status <> 'closed')::int AS total
       FROM review v JOIN region r ON r.id = v.region_id
       WHERE v.status = 'open' AND ${where.join(' AND ')} ORDER BY v.created_at DESC LIMIT 1`,
      params,
    );
    return row ? { id: row.id, regionName: row.region_name, period: row.period, decided: row.decided, total: row.total } : null;
  }

  /**
   * What a franchisee owes an answer to: a plan for each open case without a
   * submitted or accepted one (by the plan deadline), the cure deadline of each
   * case below closure review; and what waits on head office's ruling (their
   * pending disputes and appeals), without a deadline.
   */
  async toAnswer(m: EntityManager, scope: Scope): Promise<ToAnswer[]> {
    const params: unknown[] = [];
    const cond = scopeCondition(scope, 'l', params);
    const rows: Array<{ kind: ToAnswer['kind']; code: string; due: Date | null; link: string; reference: string | null }> = await m.query(
      `SELECT 'plan' AS kind, l.code, ec.cap_deadline AS due, '/enforcement/' || ec.id AS link, NULL AS reference
         FROM enforcement_case ec JOIN location l ON l.id = ec.location_id
         WHERE ec.status = 'open' AND ${cond}
           AND NOT EXISTS (SELECT 1 FROM corrective_plan p WHERE p.case_id = ec.id AND p.status IN ('submitted', 'accepted'))
       UNION ALL
       SELECT 'cure', l.code, ec.cure_deadline, '/enforcement/' || ec.id, NULL
         FROM enforcement_case ec JOIN location l ON l.id = ec.location_id
         WHERE ec.status = 'open' AND ec.level <> 'closure_review' AND ${cond}
       UNION ALL
       SELECT 'appeal', l.code, NULL, '/enforcement/' || ec.id, NULL
         FROM appeal a JOIN enforcement_case ec ON ec.id = a.case_id JOIN location l ON l.id = ec.location_id
         WHERE a.status = 'pending' AND ${cond}
       UNION ALL
       SELECT * FROM (SELECT 'dispute', l.code, NULL::timestamptz, '/complaints/' || c.id, c.reference
         FROM complaint c JOIN location l ON l.id = c.location_id
         WHERE c.dispute = 'pending' AND ${cond} ORDER BY c.received_at LIMIT 100) d
       ORDER BY due NULLS LAST, code`,
      params,
    );
    return rows.map((r) => ({ kind: r.kind, locationCode: r.code, due: iso(r.due), link: r.link, reference: r.reference }));
  }

  /** Standing cards per period and band over `scorecard_standing_period_idx`. */
  async bandsByPeriod(m: EntityManager, scope: Scope, from: string, to: string): Promise<Array<{ period: string; band: BandName | null; n: number }>> {
    const params: unknown[] = [from, to];
    return m.query(
      `SELECT st.period, s.band, count(*)::int AS n
       FROM scorecard_standing st JOIN location l ON l.id = st.location_id
       CROSS JOIN LATERAL (SELECT c.band FROM scorecard c WHERE c.id = st.standing_id LIMIT 1) s
       WHERE st.period >= $1 AND st.period <= $2 AND ${scopeCondition(scope, 'l', params)}
       GROUP BY st.period, s.band`,
      params,
    );
  }

  async closuresWaiting(m: EntityManager, scope: Scope): Promise<AdminHome['closuresWaiting']> {
    const params: unknown[] = [];
    const rows: Array<{ id: string; code: string; name: string; recommendation: 'close' | 'extend' | 'dismiss'; reason: string; at: Date; by_label: string }> = await m.query(
      `SELECT ec.id, l.code, l.name, cr.recommendation, cr.reason, cr.at, cr.by_label
       FROM enforcement_case ec JOIN location l ON l.id = ec.location_id JOIN closure_recommendation cr ON cr.case_id = ec.id
       WHERE ec.status = 'open' AND ec.level = 'closure_review' AND ${scopeCondition(scope, 'l', params)} ORDER BY cr.at LIMIT 200`,
      params,
    );
    return rows.map((r) => ({ caseId: r.id, locationCode: r.code, locationName: r.name, recommendation: r.recommendation, reason: r.reason, recommendedAt: r.at.toISOString(), by: r.by_label }));
  }
}

/** Twelve counts of zero per band, filled from the grouped rows: a month without cards still has its column. */
export function bandCounts(periods: readonly string[], rows: ReadonlyArray<{ period: string; band: BandName | null; n: number }>): BandCounts[] {
  return periods.map((period) => {
    const counts: BandCounts = { period, good: 0, watch: 0, warning: 0, closure: 0, none: 0 };
    for (const r of rows) if (r.period === period) counts[r.band ?? 'none'] += Number(r.n);
    return counts;
  });
}
