import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Scope, scopeCondition } from '../auth/scope';

export interface InboxCaseRow {
  id: string;
  code: string;
  level: 'warning' | 'final_warning' | 'closure_review';
  cap_deadline: Date;
  cure_deadline: Date;
  has_plan: boolean;
  plan_to_review: string | null;
  pending_appeal: boolean;
  recommended: boolean;
}

export interface UrgentComplaintRow {
  id: string;
  reference: string;
  code: string;
  unacknowledged: boolean;
  due: Date | null;
}

/** What needs someone now, read in a few set-based queries over the caller's scope. */
@Injectable()
export class InboxRepository {
  openCases(m: EntityManager, scope: Scope): Promise<InboxCaseRow[]> {
    const params: unknown[] = [];
    return m.query(
      `SELECT ec.id, l.code, ec.level, ec.cap_deadline, ec.cure_deadline,
              EXISTS (SELECT 1 FROM corrective_plan p WHERE p.case_id = ec.id AND p.status IN ('submitted', 'accepted')) AS has_plan,
              (SELECT p.id FROM corrective_plan p WHERE p.case_id = ec.id AND p.status = 'submitted' LIMIT 1) AS plan_to_review,
              EXISTS (SELECT 1 FROM appeal a WHERE a.case_id = ec.id AND a.status = 'pending') AS pending_appeal,
              EXISTS (SELECT 1 FROM closure_recommendation cr WHERE cr.case_id = ec.id) AS recommended
       FROM enforcement_case ec JOIN location l ON l.id = ec.location_id
       WHERE ec.status = 'open' AND ${scopeCondition(scope, 'l', params)} ORDER BY ec.cure_deadline`,
      params,
    );
  }

  pendingDisputes(m: EntityManager, scope: Scope): Promise<Array<{ id: string; reference: string; code: string }>> {
    const params: unknown[] = [];
    return m.query(
      `SELECT c.id, c.reference, l.code FROM complaint c JOIN location l ON l.id = c.location_id
       WHERE c.dispute = 'pending' AND ${scopeCondition(scope, 'l', params)} ORDER BY c.received_at LIMIT 100`,
      params,
    );
  }

  /**
   * Unresolved complaints whose clock needs someone: not yet acknowledged, or
   * acknowledged with the resolve clock running and due before `riskFrom`
   * (already overdue included). Paused clocks (waiting on the customer) wait.
   */
  urgentComplaints(m: EntityManager, scope: Scope, riskFrom: Date): Promise<UrgentComplaintRow[]> {
    const params: unknown[] = [riskFrom];
    return m.query(
      `SELECT c.id, c.reference, l.code, c.ack_done_at IS NULL AS unacknowledged,
              CASE WHEN c.ack_done_at IS NULL THEN c.ack_due_at ELSE c.resolve_due_at END AS due
       FROM complaint c JOIN location l ON l.id = c.location_id
       WHERE c.resolve_done_at IS NULL AND c.status IN ('open', 'acknowledged') AND ${scopeCondition(scope, 'l', params)}
         AND (c.ack_done_at IS NULL OR (c.waiting_since IS NULL AND c.resolve_due_at < $1))
       ORDER BY due NULLS LAST, c.received_at LIMIT 100`,
      params,
    );
  }

  async unfinalizedCards(m: EntityManager, period: string): Promise<number> {
    const [{ n }] = await m.query(
      `SELECT count(*)::int AS n FROM (SELECT DISTINCT ON (location_id) id FROM scorecard WHERE period = $1 ORDER BY location_id, as_of DESC) s
       WHERE NOT EXISTS (SELECT 1 FROM scorecard_finalization f WHERE f.scorecard_id = s.id)`,
      [period],
    );
    return Number(n);
  }
}
