import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CaseSummary, EnforcementCase, CaseQuery, Page, SubmitCap } from '@franscore/domain';
import { Actor } from '../audit-log/audit-log.service';
import { AuditLogService } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { PolicySource } from '../scoring/policy-source';
import { Clock } from '../time/clock';
import { CaseTransitions } from './case-transitions';
import { CaseDocumentsRepository, EnforcementRepository } from './enforcement.repository';
import { enforcementErrors } from './enforcement.errors';

const DAY = 86_400_000;

/** What people do to cases: manual warnings, plans, appeals, recommendations and decisions. Each checks scope first. */
@Injectable()
export class CaseActionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: EnforcementRepository,
    private readonly docs: CaseDocumentsRepository,
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
      if (!(await this.repo.openLocationInScope(m, scope, locationId))) throw enforcementErrors.locationNotFound();
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
      if (await this.docs.hasPendingPlan(m, c.id)) throw enforcementErrors.planPending();
      await this.docs.insertPlan(m, c.id, actor.id, this.clock.now(), plan.actions);
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: 'plan_submitted', fromLevel: c.level, toLevel: c.level, reason: `${plan.actions.length} action(s)`, scorecardId: null });
      await this.audit.append(m, actor, { action: 'enforcement.plan_submitted', entityType: 'enforcement_case', entityId: c.id, after: plan });
    });
  }

  async reviewPlan(actor: Actor, scope: Scope, id: string, planId: string, decision: 'accept' | 'return', comment: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      const current = await this.docs.planStatus(m, c.id, planId);
      if (!current) throw enforcementErrors.planNotFound();
      if (current !== 'submitted') throw enforcementErrors.planNotSubmitted();
      const status = decision === 'accept' ? 'accepted' : 'returned';
      await this.docs.reviewPlan(m, planId, status, this.clock.now(), actor.id, comment);
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: `plan_${status}`, fromLevel: c.level, toLevel: c.level, reason: comment, scorecardId: null });
      await this.audit.append(m, actor, { action: `enforcement.plan_${status}`, entityType: 'enforcement_case', entityId: c.id, after: { planId, comment } });
    });
  }

  async completeAction(actor: Actor, scope: Scope, id: string, actionId: string, evidence: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      const action = await this.docs.action(m, c.id, actionId);
      if (!action) throw enforcementErrors.actionNotFound();
      if (action.planStatus !== 'accepted') throw enforcementErrors.planNotAccepted();
      if (action.doneAt) throw enforcementErrors.actionDone();
      await this.docs.completeAction(m, actionId, this.clock.now(), evidence);
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: 'action_done', fromLevel: c.level, toLevel: c.level, reason: evidence, scorecardId: null });
    });
  }

  /** The franchisee appeals the current level; only one appeal waits at a time. */
  async appeal(actor: Actor, scope: Scope, id: string, reason: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      if (await this.docs.pendingAppeal(m, c.id)) throw enforcementErrors.appealPending();
      await this.docs.insertAppeal(m, c.id, c.level, reason, this.clock.now(), actor.id);
      await this.repo.appendEvent(m, c.id, { at: this.clock.now(), actorId: actor.id, actorLabel: actor.label, action: 'appealed', fromLevel: c.level, toLevel: c.level, reason, scorecardId: null });
      await this.audit.append(m, actor, { action: 'enforcement.appealed', entityType: 'enforcement_case', entityId: c.id, after: { level: c.level, reason } });
    });
  }

  /** Upholding an appeal revokes the appealed level: a warning is withdrawn (and no strike), higher levels step back one. */
  async ruleAppeal(actor: Actor, scope: Scope, id: string, ruling: 'upheld' | 'rejected', reason: string): Promise<EnforcementCase> {
    return this.onOpenCase(scope, id, async (m, c) => {
      const appealId = await this.docs.pendingAppeal(m, c.id);
      if (!appealId) throw enforcementErrors.appealNotFound();
      await this.docs.ruleAppeal(m, appealId, ruling, reason, this.clock.now(), actor.id);
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
      await this.docs.recommend(m, c.id, recommendation, reason, this.clock.now(), actor);
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
