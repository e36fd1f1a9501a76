import { Injectable, computed, inject } from '@angular/core';
import { EnforcementCase, ReviewCap, SubmitCap } from '@franscore/domain';
import { actionMessage } from '../http/action-message';
import { detailResource } from '../http/detail-resource';
import { CaseActionKind } from './case-permissions';
import { ClosureOutcome, EnforcementApi } from './enforcement-api';

/** An action on the case; the plan or action it concerns, so the right form hears the outcome. */
export interface CaseAction {
  readonly kind: CaseActionKind;
  readonly targetId?: string;
}

/** One enforcement case and every step the roles take on it. */
@Injectable()
export class CaseStore {
  readonly #api = inject(EnforcementApi);
  readonly #case = detailResource<EnforcementCase, CaseAction>((id) => this.#api.get(id));

  readonly loading = this.#case.loading;
  readonly enforcementCase = this.#case.value;
  readonly loadError = this.#case.loadError;
  readonly busy = this.#case.busy;
  readonly done = this.#case.done;
  /** A 409 here means the case moved on (ended, escalated, reviewed); the server says how. */
  readonly actionMessage = computed(() => {
    const error = this.#case.actionError();
    return error ? actionMessage(error, { notFound: 'enforcement.notFound' }) : null;
  });

  show(id: string): void {
    this.#case.show(id);
  }

  retry(): void {
    this.#case.retry();
  }

  escalate(reason: string): Promise<boolean> {
    return this.#case.act({ kind: 'escalate' }, (id) => this.#api.escalate(id, reason.trim()));
  }

  lift(reason: string): Promise<boolean> {
    return this.#case.act({ kind: 'lift' }, (id) => this.#api.lift(id, reason.trim()));
  }

  submitPlan(plan: SubmitCap): Promise<boolean> {
    return this.#case.act({ kind: 'submitPlan' }, (id) => this.#api.submitPlan(id, plan));
  }

  reviewPlan(planId: string, review: ReviewCap): Promise<boolean> {
    return this.#case.act({ kind: 'reviewPlan', targetId: planId }, (id) =>
      this.#api.reviewPlan(id, planId, { ...review, comment: review.comment.trim() }),
    );
  }

  completeAction(actionId: string, evidence: string): Promise<boolean> {
    return this.#case.act({ kind: 'completeAction', targetId: actionId }, (id) =>
      this.#api.completeAction(id, actionId, evidence.trim()),
    );
  }

  appeal(reason: string): Promise<boolean> {
    return this.#case.act({ kind: 'appeal' }, (id) => this.#api.appeal(id, reason.trim()));
  }

  ruleAppeal(ruling: 'upheld' | 'rejected', reason: string): Promise<boolean> {
    return this.#case.act({ kind: 'ruleAppeal' }, (id) =>
      this.#api.ruleAppeal(id, ruling, reason.trim()),
    );
  }

  recommend(recommendation: ClosureOutcome, reason: string): Promise<boolean> {
    return this.#case.act({ kind: 'recommend' }, (id) =>
      this.#api.recommend(id, recommendation, reason.trim()),
    );
  }

  decide(decision: ClosureOutcome, reason: string): Promise<boolean> {
    return this.#case.act({ kind: 'decide' }, (id) =>
      this.#api.decide(id, decision, reason.trim()),
    );
  }
}
