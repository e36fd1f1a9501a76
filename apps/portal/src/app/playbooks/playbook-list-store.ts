import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { CreatePlaybook, Playbook } from '@franscore/domain';
import { firstValueFrom } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';
import { remoteSignal } from '../http/remote-signal';
import { PlaybooksApi } from './playbooks-api';

/** Every playbook the user may read, and starting a new draft. */
@Injectable()
export class PlaybookListStore {
  readonly #api = inject(PlaybooksApi);
  readonly #attempt = signal(0);
  readonly #creating = signal(false);
  readonly #createError = signal<ApiError | null>(null);
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.list());

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly playbooks = computed(() => this.#state().value ?? []);
  readonly creating = this.#creating.asReadonly();
  readonly createError = this.#createError.asReadonly();

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** A draft copied from what serves its category and severity now; null when refused (createError says why). */
  async create(playbook: CreatePlaybook): Promise<Playbook | null> {
    if (this.#creating()) return null;
    this.#creating.set(true);
    this.#createError.set(null);
    try {
      return await firstValueFrom(this.#api.create(playbook));
    } catch (error) {
      this.#createError.set(toApiError(error));
      return null;
    } finally {
      this.#creating.set(false);
    }
  }
}
