import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Policy } from '@franscore/domain';
import { pendingAction } from '../http/paged-list';
import { remoteSignal } from '../http/remote-signal';
import { PoliciesApi } from './policies-api';
import { inForcePolicy } from './simulation';

/** Every policy the user may read, and starting a new draft. */
@Injectable()
export class PolicyListStore {
  readonly #api = inject(PoliciesApi);
  readonly #attempt = signal(0);
  readonly #create = pendingAction();
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.list());

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly policies = computed(() => this.#state().value ?? []);
  readonly inForceId = computed(
    () => inForcePolicy(this.policies(), new Date().toISOString().slice(0, 10))?.id ?? null,
  );
  readonly creating = this.#create.busy;
  readonly createError = this.#create.error;

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** A draft copied from the policy in force; null when refused (createError says why). */
  create(name: string): Promise<Policy | null> {
    return this.#create.run(() => this.#api.create({ name: name.trim() }));
  }
}
