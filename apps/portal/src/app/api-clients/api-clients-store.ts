import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { IssueApiClient, IssuedApiClient } from '@franscore/domain';
import { Observable, catchError, of, tap } from 'rxjs';
import { pendingAction } from '../http/paged-list';
import { remoteSignal } from '../http/remote-signal';
import { ApiClientsApi, LocationChoice } from './api-clients-api';

/** The API clients list, issuing one (its token kept here, in memory, until dismissed) and revoking. */
@Injectable()
export class ApiClientsStore {
  readonly #api = inject(ApiClientsApi);
  readonly #attempt = signal(0);
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.list());
  readonly #action = pendingAction();
  readonly #issued = signal<IssuedApiClient | null>(null);

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly clients = computed(() => this.#state().value ?? []);
  readonly locations = toSignal(this.#api.locations().pipe(catchError(() => of<LocationChoice[]>([]))), {
    initialValue: [] as LocationChoice[],
  });
  readonly busy = this.#action.busy;
  readonly actionError = this.#action.error;
  /** The client just issued and its token: shown once, gone when dismissed or the page is left. */
  readonly issued = this.#issued.asReadonly();

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  dismissToken(): void {
    this.#issued.set(null);
  }

  issue(client: IssueApiClient): Promise<boolean> {
    return this.#act(() => this.#api.issue(client).pipe(tap((issued) => this.#issued.set(issued))));
  }

  revoke(id: string): Promise<boolean> {
    return this.#act(() => this.#api.revoke(id));
  }

  /** A write, then the list again. Every answer is an object: null means refused (actionError says why) or another write running. */
  async #act(request: () => Observable<object>): Promise<boolean> {
    return (await this.#action.run(() => request().pipe(tap(() => this.retry())))) !== null;
  }
}
