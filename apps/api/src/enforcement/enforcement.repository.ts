import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Appeal, Cap, CaseEvent, CaseLevelName, CaseQuery, CaseSummary, Page, SubmitCap } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';
import { pageOf } from '../database/paged-query';
import { enqueueEnforcementCaseEvent } from '../webhooks/webhook-outbox';

interface CaseRow {
  id: string;
  reference: string;
  location_id: string;
  location_code: string;
  location_name: string;
  region_name: string;
  franchisee_name: string;
  level: CaseLevelName;
  status: 'open' | 'ended';
  outcome: CaseSummary['outcome'];
  opened_at: Date;
  cure_deadline: Date;
  cap_deadline: Date;
  ended_at: Date | null;
  recommendation: CaseSummary['recommendation'];
}

const toSummary = (r: CaseRow): CaseSummary => ({
  id: r.id,
  reference: r.reference,
  locationId: r.location_id,
  locationCode: r.location_code,
  locationName: r.location_name,
  regionName: r.region_name,
  franchiseeName: r.franchisee_name,
  level: r.level,
  status: r.status,
  outcome: r.outcome,
  openedAt: r.opened_at.toISOString(),
  cureDeadline: r.cure_deadline.toISOString(),
  capDeadline: r.cap_deadline.toISOString(),
  endedAt: r.ended_at?.toISOString() ?? null,
  recommendation: r.recommendation,
});

/** A case's human reference: ENF-<year it opened, UTC>-<its number, six digits>. */
const CASE_REFERENCE = `'ENF-' || to_char(ec.opened_at AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(ec.number::text, 6, '0')`;
const SELECT = `
  SELECT ec.id, ${CASE_REFERENCE} AS reference, ec.location_id, l.code AS location_code, l.name AS location_name, r.name AS region_name, f.legal_name AS franchisee_name,
         ec.level, ec.status, ec.outcome, ec.opened_at, ec.cure_deadline, ec.cap_deadline, ec.ended_at,
         (SELECT json_build_object('recommendation', cr.recommendation, 'reason', cr.reason, 'at', to_char(cr.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'by', cr.by_label)
            FROM closure_recommendation cr WHERE cr.case_id = ec.id) AS recommendation
  FROM enforcement_case ec
  JOIN location l ON l.id = ec.location_id JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id`;

export interface NewCaseEvent {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  fromLevel: CaseLevelName | null;
  toLevel: CaseLevelName | null;
  reason: string;
  scorecardId: string | null;
}

@Injectable()
export class EnforcementRepository {
  async inScope(m: EntityManager, scope: Scope, id: string, lock = false): Promise<CaseSummary | null> {
    const params: unknown[] = [id];
    const rows: CaseRow[] = await m.query(`${SELECT} WHERE ec.id = $1 AND ${scopeCondition(scope, 'l', params)} ${lock ? 'FOR UPDATE OF ec' : ''}`, params);
    return rows[0] ? toSummary(rows[0]) : null;
  }

  async openLocationInScope(m: EntityManager, scope: Scope, locationId: string): Promise<boolean> {
    const params: unknown[] = [locationId];
    const rows: unknown[] = await m.query(`SELECT 1 FROM location l WHERE l.id = $1 AND l.status <> 'closed' AND ${scopeCondition(scope, 'l', params)}`, params);
    return rows.length > 0;
  }

  async openFor(m: EntityManager, locationId: string, lock = false): Promise<CaseSummary | null> {
    const rows: CaseRow[] = await m.query(`${SELECT} WHERE ec.location_id = $1 AND ec.status = 'open' ${lock ? 'FOR UPDATE OF ec' : ''}`, [locationId]);
    return rows[0] ? toSummary(rows[0]) : null;
  }

  async list(m: EntityManager, scope: Scope, q: CaseQuery): Promise<Page<CaseSummary>> {
    const params: unknown[] = [];
    const where = [scopeCondition(scope, 'l', params)];
    if (q.status) where.push(`ec.status = $${params.push(q.status)}`);
    if (q.level) where.push(`ec.level = $${params.push(q.level)}`);
    if (q.locationId) where.push(`ec.location_id = $${params.push(q.locationId)}`);
    const { rows, total } = await pageOf<CaseRow>(m, {
      select: SELECT,
      from: 'FROM enforcement_case ec JOIN location l ON l.id = ec.location_id',
      where: where.join(' AND '),
      params,
      orderBy: "(ec.status = 'open') DESC, ec.opened_at DESC",
      page: q.page,
      pageSize: q.pageSize,
    });
    return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
  }

  /** Warnings of a location that count as strikes (withdrawn ones do not). */
  async strikeDates(m: EntityManager, locationId: string): Promise<Date[]> {
    const rows: Array<{ opened_at: Date }> = await m.query(`SELECT opened_at FROM enforcement_case WHERE location_id = $1 AND strike`, [locationId]);
    return rows.map((r) => r.opened_at);
  }

  async insertCase(m: EntityManager, c: { locationId: string; level: CaseLevelName; openedAt: Date; cureDeadline: Date; capDeadline: Date }): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO enforcement_case (location_id, level, status, opened_at, cure_deadline, cap_deadline) VALUES ($1, $2, 'open', $3, $4, $5) RETURNING id`,
      [c.locationId, c.level, c.openedAt, c.cureDeadline, c.capDeadline],
    );
    return id as string;
  }

  async setLevel(m: EntityManager, id: string, level: CaseLevelName, cureDeadline: Date | null): Promise<void> {
    await m.query(`UPDATE enforcement_case SET level = $2, cure_deadline = COALESCE($3, cure_deadline) WHERE id = $1`, [id, level, cureDeadline]);
  }

  async end(m: EntityManager, id: string, outcome: NonNullable<CaseSummary['outcome']>, at: Date, strike: boolean): Promise<void> {
    await m.query(`UPDATE enforcement_case SET status = 'ended', outcome = $2, ended_at = $3, strike = strike AND $4 WHERE id = $1`, [id, outcome, at, strike]);
  }

  async appendEvent(m: EntityManager, caseId: string, e: NewCaseEvent): Promise<void> {
    await m.query(
      `INSERT INTO enforcement_event (case_id, seq, at, actor_id, actor_label, action, from_level, to_level, reason, scorecard_id)
       SELECT $1, COALESCE(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9 FROM enforcement_event WHERE case_id = $1`,
      [caseId, e.at, e.actorId, e.actorLabel, e.action, e.fromLevel, e.toLevel, e.reason, e.scorecardId],
    );
    // Every step of a case passes here, so every one is told to webhooks, in the step's transaction.
    await enqueueEnforcementCaseEvent(m, caseId, e.at, { action: e.action, fromLevel: e.fromLevel, toLevel: e.toLevel, reason: e.reason, scorecardId: e.scorecardId, by: e.actorLabel });
  }

  async history(m: EntityManager, caseId: string): Promise<CaseEvent[]> {
    const rows: Array<{ seq: number; at: Date; actor_label: string; action: string; from_level: CaseLevelName | null; to_level: CaseLevelName | null; reason: string; scorecard_id: string | null }> =
      await m.query(`SELECT seq, at, actor_label, action, from_level, to_level, reason, scorecard_id FROM enforcement_event WHERE case_id = $1 ORDER BY seq`, [caseId]);
    return rows.map((r) => ({ seq: r.seq, at: r.at.toISOString(), actorLabel: r.actor_label, action: r.action, fromLevel: r.from_level, toLevel: r.to_level, reason: r.reason, scorecardId: r.scorecard_id }));
  }

  /** on_watch and not growth-eligible while a case is open; active and eligible again when it ends well. */
  async setLocationStanding(m: EntityManager, locationId: string, status: 'active' | 'on_watch' | 'closed', growthEligible: boolean): Promise<void> {
    await m.query(`UPDATE location SET status = $2, growth_eligible = $3, updated_at = now() WHERE id = $1`, [locationId, status, growthEligible]);
  }

  async plans(m: EntityManager, caseId: string): Promise<Cap[]> {
    const rows: Array<{ id: string; status: Cap['status']; submitted_at: Date; reviewed_at: Date | null; review_comment: string | null; actions: Cap['actions'] }> = await m.query(
      `SELECT p.id, p.status, p.submitted_at, p.reviewed_at, p.review_comment,
              COALESCE(json_agg(json_build_object('id', a.id, 'description', a.description, 'owner', a.owner, 'dueDate', to_char(a.due_date, 'YYYY-MM-DD'),
                'doneAt', to_char(a.done_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'evidence', a.evidence) ORDER BY a.position)
                FILTER (WHERE a.id IS NOT NULL), '[]') AS actions
       FROM corrective_plan p LEFT JOIN corrective_action a ON a.plan_id = p.id WHERE p.case_id = $1 GROUP BY p.id ORDER BY p.submitted_at`,
      [caseId],
    );
    return rows.map((r) => ({ id: r.id, status: r.status, submittedAt: r.submitted_at.toISOString(), reviewedAt: r.reviewed_at?.toISOString() ?? null, reviewComment: r.review_comment, actions: r.actions }));
  }

  async appeals(m: EntityManager, caseId: string): Promise<Appeal[]> {
    const rows: Array<{ id: string; level: CaseLevelName; reason: string; status: Appeal['status']; filed_at: Date; ruling: string | null; ruled_at: Date | null }> = await m.query(
      `SELECT id, level, reason, status, filed_at, ruling, ruled_at FROM appeal WHERE case_id = $1 ORDER BY filed_at`,
      [caseId],
    );
    return rows.map((r) => ({ id: r.id, level: r.level, reason: r.reason, status: r.status, filedAt: r.filed_at.toISOString(), ruling: r.ruling, ruledAt: r.ruled_at?.toISOString() ?? null }));
  }
}

/** Corrective-action plans, appeals and closure recommendations of a case. */
@Injectable()
export class CaseDocumentsRepository {
  async hasPendingPlan(m: EntityManager, caseId: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM corrective_plan WHERE case_id = $1 AND status = 'submitted'`, [caseId])).length > 0;
  }

  async insertPlan(m: EntityManager, caseId: string, by: string | null, at: Date, actions: SubmitCap['actions']): Promise<string> {
    const [{ id }] = await m.query(`INSERT INTO corrective_plan (case_id, status, submitted_at, submitted_by) VALUES ($1, 'submitted', $2, $3) RETURNING id`, [caseId, at, by]);
    await m.query(
      `INSERT INTO corrective_action (plan_id, position, description, owner, due_date)
       SELECT $1, t.p, t.d, t.o, t.due FROM unnest($2::text[], $3::text[], $4::date[]) WITH ORDINALITY AS t(d, o, due, p)`,
      [id, actions.map((a) => a.description), actions.map((a) => a.owner), actions.map((a) => a.dueDate)],
    );
    return id as string;
  }

  async planStatus(m: EntityManager, caseId: string, planId: string): Promise<string | null> {
    const rows: Array<{ status: string }> = await m.query(`SELECT status FROM corrective_plan WHERE id = $1 AND case_id = $2 FOR UPDATE`, [planId, caseId]);
    return rows[0]?.status ?? null;
  }

  async reviewPlan(m: EntityManager, planId: string, status: 'accepted' | 'returned', at: Date, by: string | null, comment: string): Promise<void> {
    await m.query(`UPDATE corrective_plan SET status = $2, reviewed_at = $3, reviewed_by = $4, review_comment = $5 WHERE id = $1`, [planId, status, at, by, comment]);
  }

  async action(m: EntityManager, caseId: string, actionId: string): Promise<{ doneAt: Date | null; planStatus: string } | null> {
    const rows: Array<{ done_at: Date | null; status: string }> = await m.query(
      `SELECT a.done_at, p.status FROM corrective_action a JOIN corrective_plan p ON p.id = a.plan_id WHERE a.id = $1 AND p.case_id = $2 FOR UPDATE OF a`,
      [actionId, caseId],
    );
    return rows[0] ? { doneAt: rows[0].done_at, planStatus: rows[0].status } : null;
  }

  async completeAction(m: EntityManager, actionId: string, at: Date, evidence: string): Promise<void> {
    await m.query(`UPDATE corrective_action SET done_at = $2, evidence = $3 WHERE id = $1`, [actionId, at, evidence]);
  }

  async pendingAppeal(m: EntityManager, caseId: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await m.query(`SELECT id FROM appeal WHERE case_id = $1 AND status = 'pending' FOR UPDATE`, [caseId]);
    return rows[0]?.id ?? null;
  }

  async insertAppeal(m: EntityManager, caseId: string, level: CaseLevelName, reason: string, at: Date, by: string | null): Promise<void> {
    await m.query(`INSERT INTO appeal (case_id, level, reason, status, filed_at, filed_by) VALUES ($1, $2, $3, 'pending', $4, $5)`, [caseId, level, reason, at, by]);
  }

  async ruleAppeal(m: EntityManager, appealId: string, ruling: 'upheld' | 'rejected', reason: string, at: Date, by: string | null): Promise<void> {
    await m.query(`UPDATE appeal SET status = $2, ruling = $3, ruled_at = $4, ruled_by = $5 WHERE id = $1`, [appealId, ruling, reason, at, by]);
  }

  async recommend(m: EntityManager, caseId: string, recommendation: string, reason: string, at: Date, by: { id: string | null; label: string }): Promise<void> {
    await m.query(
      `INSERT INTO closure_recommendation (case_id, recommendation, reason, at, by_id, by_label) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (case_id) DO UPDATE SET recommendation = EXCLUDED.recommendation, reason = EXCLUDED.reason, at = EXCLUDED.at, by_id = EXCLUDED.by_id, by_label = EXCLUDED.by_label`,
      [caseId, recommendation, reason, at, by.id, by.label],
    );
  }
}
