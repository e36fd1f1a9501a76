import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Policy, PolicyRules } from '@franscore/domain';
import { simulatePolicy, slaTargetsDiffer } from '@franscore/scoring';
import { Subject, filter, of } from 'rxjs';
import { actionMessage } from '../http/action-message';
import { detailResource } from '../http/detail-resource';
import { remoteSignal } from '../http/remote-signal';
import { PoliciesApi } from './policies-api';
import { FieldErrors, serverFieldErrors } from './policy-form';
import { inForcePolicy } from './simulation';

export type PolicyAction = 'save' | 'publish';

/** One policy in the editor, the policy in force beside it, and the simulator's period facts. */
@Injectable()
export class PolicyStore {
  readonly #api = inject(PoliciesApi);
  readonly #policy = detailResource<Policy, PolicyAction>((id) => this.#api.get(id));
  /** Read once: the policy in force does not change while a draft is edited. */
  readonly #policies = remoteSignal(of(null), () => this.#api.list());
  readonly #period = signal<string | null>(null);
  readonly #inputs = remoteSignal(
    toObservable(this.#period).pipe(filter((period): period is string => period !== null)),
    (period) => this.#api.simulationInputs(period),
    true,
  );
  readonly #serverRuns = new Subject<{ id: string; period: string }>();
  readonly #serverSimulation = remoteSignal(this.#serverRuns, (q) => this.#api.simulate(q.id, q.period), true);
  /** The draft's rules as last edited and valid; null while the form has errors. */
  readonly #draftRules = signal<PolicyRules | null>(null);

  readonly loading = this.#policy.loading;
  readonly policy = this.#policy.value;
  readonly loadError = this.#policy.loadError;
  readonly busy = this.#policy.busy;
  readonly done = this.#policy.done;
  readonly failed = this.#policy.failed;
  readonly actionMessage = computed(() => {
    const error = this.#policy.actionError();
    if (!error || error.status === 400) return error ? actionMessage(error) : null;
    return actionMessage(error, { conflict: 'policies.errors.published' });
  });
  /** Field problems the server found in the last save (the client checks the same schema first). */
  readonly serverErrors = computed<FieldErrors>(() => {
    const error = this.#policy.actionError();
    return error?.status === 400 ? serverFieldErrors(error.body?.details ?? []) : {};
  });
  readonly inForce = computed(() =>
    inForcePolicy(this.#policies().value ?? [], new Date().toISOString().slice(0, 10)),
  );
  readonly period = this.#period.asReadonly();
  readonly inputsLoading = computed(() => this.#inputs().loading);
  readonly inputsError = computed(() => this.#inputs().error);
  readonly simulation = computed(() => {
    const inputs = this.#inputs().value;
    const current = this.inForce()?.rules;
    const draft = this.#draftRules();
    return inputs && current && draft ? simulatePolicy(inputs, current, draft) : null;
  });

  /** The draft moves an SLA target: the period's clocks must be decided again, on the server. */
  readonly slaChanged = computed(() => {
    const current = this.inForce()?.rules;
    const draft = this.#draftRules();
    return !!current && !!draft && slaTargetsDiffer(current.slaMinutes, draft.slaMinutes);
  });
  /** The server simulates what is saved: unsaved SLA edits would not be in its answer. */
  readonly slaSaved = computed(() => {
    const saved = this.policy()?.rules;
    const draft = this.#draftRules();
    return !!saved && !!draft && !slaTargetsDiffer(saved.slaMinutes, draft.slaMinutes);
  });
  readonly serverSimulation = computed(() => this.#serverSimulation().value);
  readonly serverSimulating = computed(() => this.#serverSimulation().loading);
  readonly serverSimulationError = computed(() => this.#serverSimulation().error);

  show(id: string): void {
    this.#policy.show(id);
  }

  retry(): void {
    this.#policy.retry();
  }

  simulateDraft(rules: PolicyRules | null): void {
    this.#draftRules.set(rules);
  }

  /** Fetches the period's facts once; every later draft change re-scores them here. */
  loadPeriod(period: string): void {
    this.#period.set(period);
  }

  /** Decides the period's complaints again under the saved draft's SLA targets. */
  simulateOnServer(period: string): void {
    const id = this.policy()?.id;
    if (id) this.#serverRuns.next({ id, period });
  }

  save(name: string, rules: PolicyRules): Promise<boolean> {
    return this.#policy.act('save', (id) => this.#api.update(id, { name: name.trim(), rules }));
  }

  publish(effectiveFrom: string): Promise<boolean> {
    return this.#policy.act('publish', (id) => this.#api.publish(id, effectiveFrom));
  }
}
