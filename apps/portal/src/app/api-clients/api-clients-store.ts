import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { IssueApiClient, IssuedApiClient } from '@franscore/domain';
import { catchError, firstValueFrom, of } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';
import { remoteSignal } from '../http/remote-signal';
import { ApiClientsApi, LocationChoice } from './api-clients-api';

/** The API clients list, issuing one (its token kept here, in memory, until dismissed) and revoking. */
@Injectable()
export class ApiClientsStore {
  readonly #api = inject(ApiClientsApi);
  readonly #attempt = signal(0);
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.list());
  readonly #busy = signal(false);
  readonly #actionError = signal<ApiError | null>(null);
  readonly #issued = signal<IssuedApiClient | null>(null);

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly clients = computed(() => this.#state().value ?? []);
  readonly locations = toSignal(this.#api.locations().pipe(catchError(() => of<LocationChoice[]>([]))), {
    initialValue: [] as LocationChoice[],
  });
  readonly busy = this.#busy.asReadonly();
  readonly actionError = this.#actionError.asReadonly();
  /** The client just issued and its token: shown once, gone when dismissed or the page is left. */
  readonly issued = this.#issued.asReadonly();

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  dismissToken(): void {
    this.#issued.set(null);
  }

  async issue(client: IssueApiClient): Promise<boolean> {
    return this.#act(async () => {
      this.#issued.set(await firstValueFrom(this.#api.issue(client)));
    });
  }

  async revoke(id: string): Promise<boolean> {
    return this.#act(async () => {
      await firstValueFrom(this.#api.revoke(id));
    });
  }

  async #act(work: () => Promise<void>): Promise<boolean> {
    if (this.#busy()) return false;
    this.#busy.set(true);
    this.#actionError.set(null);
    try {
      await work();
      this.retry();
      return true;
    } catch (error) {
      this.#actionError.set(toApiError(error));
      return false;
    } finally {
      this.#busy.set(false);
    }
  }
}
