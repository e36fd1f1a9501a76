import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { CreatePlaybook, Playbook } from '@franscore/domain';
import { pendingAction } from '../http/paged-list';
import { remoteSignal } from '../http/remote-signal';
import { PlaybooksApi } from './playbooks-api';

/** Every playbook the user may read, and starting a new draft. */
@Injectable()
export class PlaybookListStore {
  readonly #api = inject(PlaybooksApi);
  readonly #attempt = signal(0);
  readonly #create = pendingAction();
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.list());

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly playbooks = computed(() => this.#state().value ?? []);
  readonly creating = this.#create.busy;
  readonly createError = this.#create.error;

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** A draft copied from what serves its category and severity now; null when refused (createError says why). */
  create(playbook: CreatePlaybook): Promise<Playbook | null> {
    return this.#create.run(() => this.#api.create(playbook));
  }
}
