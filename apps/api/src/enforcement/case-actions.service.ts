import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CaseSummary, EnforcementCase, CaseQuery, Page, SubmitCap } from '@franscore/domain';
import { Actor } from '../audit-log/audit-log.service';
import { AuditLogService } from '../audit-log/audit-log.service';
import { Scope, scopeCondition } from '../auth/scope';
import { PolicySource } from '../scoring/policy-source';
import { Clock } from '../time/clock';
import { CaseTransitions } from './case-transitions';
import { EnforcementRepository } from './enforcement.repository';
import { enforcementErrors } from './enforcement.errors';

const DAY = 86_400_000;

/** What people do to cases: manual warnings, plans, appeals, recommendations and decisions. Each checks scope first. */
@Injectable()
export class CaseActionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: EnforcementRepository,
    private readonly transitions: CaseTransitions,
    private readonly policy: PolicySource,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  list(scope: Scope, q: CaseQuery): Promise<Page<CaseSummary>> {
    return this.repo.list(this.ds.manager, scope, q);
  }

  async get(scope: Scope, id: string, m: EntityManager = this.ds.manager): Promise<EnforcementCase> {
    const c = await this.repo.inScope(m, scope, id);
    if (!c) throw enforcementErrors.caseNotFound();
    // One after another: inside a transaction they share one connection.
    const history = await this.repo.history(m, id);
    const plans = await this.repo.plans(m, id);
    const appeals = await this.repo.appeals(m, id);
    return { ...c, history, plans, appeals };
  }

  /** A regional manager's warning by hand, with a written reason; it counts as a strike. */
  async issueWarning(actor: Actor, scope: Scope, locationId: string, reason: string): Promise<EnforcementCase> {
    return this.ds.transaction(async (m) => {
      const params: unknown[] = [locationId];
      const visible: unknown[] = await m.query(`SELECT 1 FROM location l WHERE l.id = $1 AND l.status <> 'closed' AND ${scopeCondition(scope, 'l', params)}`, params);
      if (!visible.length) throw enforcementErrors.locationNotFound();
      if (await this.repo.openFor(m, locationId, true)) throw enforcementErrors.alreadyOpen();
      const rules = (await this.policy.current(m)).enforcement;
      const now = this.clock.now();
      const id = await this.transitions.open(m, locationId, 'warning', { cure: new Date(now.getTime() + rules.cureDays * DAY), cap: new Date(now.getTime() + rules.capDueDays * DAY) }, { actor, action: 'warning_issued', reason });
      return this.get(scope, id, m);
    });
  }

  /** warning -> final warning (a new cure period), final warning -> closure review. */
  async escalate(actor: Actor, scope: Scope, id: string, reason: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      if (c.level === 'closure_review') throw enforcementErrors.topLevel();
      const cure = (await this.policy.current(m)).enforcement.cureDays;
      if (c.level === 'warning') await this.transitions.changeLevel(m, c, 'final_warning', new Date(this.clock.now().getTime() + cure * DAY), { actor, action: 'escalated', reason });
      else await this.transitions.changeLevel(m, c, 'closure_review', null, { actor, action: 'escalated', reason });
    });
  }

  async lift(actor: Actor, scope: Scope, id: string, reason: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, (m, c) => this.transitions.end(m, c, 'lifted', { actor, action: 'lifted', reason }));
  }

  async submitPlan(actor: Actor, scope: Scope, id: string, plan: SubmitCap): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      const pending: unknown[] = await m.query(`SELECT 1 FROM corrective_plan WHERE case_id = $1 AND status = 'submitted'`, [c.id]);
      if (pending.length) throw enforcementErrors.planPending();
      const [{ id: planId }] = await m.query(
        `INSERT INTO corrective_plan (case_id, status, submitted_at, submitted_by) VALUES ($1, 'submitted', $2, $3) RETURNING id`,
        [c.id, this.clock.now(), actor.id],
      );
      await m.query(
        `INSERT INTO corrective_action (plan_id, position, description, owner, due_date)
         SELECT $1, t.p, t.d, t.o, t.due FROM unnest($2::text[], $3::text[], $4::date[]) WITH ORDINALITY AS t(d, o, due, p)`,
        [planId, plan.actions.map((a) => a.description), plan.actions.map((a) => a.owner), plan.actions.map((a) => a.dueDate)],
      );
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: 'plan_submitted', fromLevel: c.level, toLevel: c.level, reason: `${plan.actions.length} action(s)`, scorecardId: null });
      await this.audit.append(m, actor, { action: 'enforcement.plan_submitted', entityType: 'enforcement_case', entityId: c.id, after: plan });
    });
  }

  async reviewPlan(actor: Actor, scope: Scope, id: string, planId: string, decision: 'accept' | 'return', comment: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      const rows: Array<{ status: string }> = await m.query(`SELECT status FROM corrective_plan WHERE id = $1 AND case_id = $2 FOR UPDATE`, [planId, c.id]);
      if (!rows.length) throw enforcementErrors.planNotFound();
      if (rows[0].status !== 'submitted') throw enforcementErrors.planNotSubmitted();
      const status = decision === 'accept' ? 'accepted' : 'returned';
      await m.query(`UPDATE corrective_plan SET status = $2, reviewed_at = $3, reviewed_by = $4, review_comment = $5 WHERE id = $1`, [planId, status, this.clock.now(), actor.id, comment]);
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: `plan_${status}`, fromLevel: c.level, toLevel: c.level, reason: comment, scorecardId: null });
      await this.audit.append(m, actor, { action: `enforcement.plan_${status}`, entityType: 'enforcement_case', entityId: c.id, after: { planId, comment } });
    });
  }

  async completeAction(actor: Actor, scope: Scope, id: string, actionId: string, evidence: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      const rows: Array<{ done_at: Date | null; status: string }> = await m.query(
        `SELECT a.done_at, p.status FROM corrective_action a JOIN corrective_plan p ON p.id = a.plan_id WHERE a.id = $1 AND p.case_id = $2 FOR UPDATE OF a`,
        [actionId, c.id],
      );
      if (!rows.length) throw enforcementErrors.actionNotFound();
      if (rows[0].status !== 'accepted') throw enforcementErrors.planNotAccepted();
      if (rows[0].done_at) throw enforcementErrors.actionDone();
      await m.query(`UPDATE corrective_action SET done_at = $2, evidence = $3 WHERE id = $1`, [actionId, this.clock.now(), evidence]);
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: 'action_done', fromLevel: c.level, toLevel: c.level, reason: evidence, scorecardId: null });
    });
  }

  /** The franchisee appeals the current level; only one appeal waits at a time. */
  async appeal(actor: Actor, scope: Scope, id: string, reason: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      const pending: unknown[] = await m.query(`SELECT 1 FROM appeal WHERE case_id = $1 AND status = 'pending'`, [c.id]);
      if (pending.length) throw enforcementErrors.appealPending();
      await m.query(`INSERT INTO appeal (case_id, level, reason, status, filed_at, filed_by) VALUES ($1, $2, $3, 'pending', $4, $5)`, [c.id, c.level, reason, this.clock.now(), actor.id]);
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: 'appealed', fromLevel: c.level, toLevel: c.level, reason, scorecardId: null });
      await this.audit.append(m, actor, { action: 'enforcement.appealed', entityType: 'enforcement_case', entityId: c.id, after: { level: c.level, reason } });
    });
  }

  /** Upholding an appeal revokes the appealed level: a warning is withdrawn (and no strike), higher levels step back one. */
  async ruleAppeal(actor: Actor, scope: Scope, id: string, ruling: 'upheld' | 'rejected', reason: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      const rows: Array<{ id: string; level: string }> = await m.query(`SELECT id, level FROM appeal WHERE case_id = $1 AND status = 'pending' FOR UPDATE`, [c.id]);
      if (!rows.length) throw enforcementErrors.appealNotFound();
      await m.query(`UPDATE appeal SET status = $2, ruling = $3, ruled_at = $4, ruled_by = $5 WHERE id = $1`, [rows[0].id, ruling, reason, this.clock.now(), actor.id]);
      if (ruling === 'rejected') {
        await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: 'appeal_rejected', fromLevel: c.level, toLevel: c.level, reason, scorecardId: null });
        await this.audit.append(m, actor, { action: 'enforcement.appeal_rejected', entityType: 'enforcement_case', entityId: c.id, after: { reason } });
      } else if (c.level === 'warning') {
        await this.transitions.end(m, c, 'withdrawn', { actor, action: 'appeal_upheld', reason }, false);
      } else {
        await this.transitions.changeLevel(m, c, c.level === 'closure_review' ? 'final_warning' : 'warning', null, { actor, action: 'appeal_upheld', reason });
      }
    });
  }

  async recommend(actor: Actor, scope: Scope, id: string, recommendation: 'close' | 'extend' | 'dismiss', reason: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      if (c.level !== 'closure_review') throw enforcementErrors.wrongLevel('closure review');
      await m.query(
        `INSERT INTO closure_recommendation (case_id, recommendation, reason, at, by_id, by_label) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (case_id) DO UPDATE SET recommendation = EXCLUDED.recommendation, reason = EXCLUDED.reason, at = EXCLUDED.at, by_id = EXCLUDED.by_id, by_label = EXCLUDED.by_label`,
        [c.id, recommendation, reason, this.clock.now(), actor.id, actor.label],
      );
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: `recommended_${recommendation}`, fromLevel: c.level, toLevel: c.level, reason, scorecardId: null });
      await this.audit.append(m, actor, { action: 'enforcement.closure_recommended', entityType: 'enforcement_case', entityId: c.id, after: { recommendation, reason } });
    });
  }

  /** The admin's decision on a closure review, after the regional manager's recommendation. Closing is only ever this. */
  async decide(actor: Actor, scope: Scope, id: string, decision: 'close' | 'extend' | 'dismiss', reason: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      if (c.level !== 'closure_review') throw enforcementErrors.wrongLevel('closure review');
      if (!c.recommendation) throw enforcementErrors.noRecommendation();
      if (decision === 'close') await this.transitions.end(m, c, 'closed', { actor, action: 'closed', reason });
      if (decision === 'dismiss') await this.transitions.end(m, c, 'dismissed', { actor, action: 'dismissed', reason });
      if (decision === 'extend') {
        const cure = (await this.policy.current(m)).enforcement.cureDays;
        await this.transitions.changeLevel(m, c, 'final_warning', new Date(this.clock.now().getTime() + cure * DAY), { actor, action: 'cure_extended', reason });
      }
    });
  }

  private onOpenCase(scope: Scope, id: string, work: (m: EntityManager, c: CaseSummary) => Promise<void>): Promise<EnforcementCase> {
    return this.ds.transaction(async (m) => {
      const c = await this.repo.inScope(m, scope, id, true);
      if (!c) throw enforcementErrors.caseNotFound();
      if (c.status !== 'open') throw enforcementErrors.caseEnded();
      await work(m, c);
      return this.get(scope, id, m);
    });
  }
}
