import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Review } from '@franscore/domain';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';
import { remoteSignal } from '../http/remote-signal';
import { NetworkApi } from '../network/network-api';
import { ReviewsApi } from './reviews-api';

/** The reviews of the user's regions, newest first, and opening a new one. */
@Injectable()
export class ReviewListStore {
  readonly #api = inject(ReviewsApi);
  readonly #attempt = signal(0);
  readonly #opening = signal(false);
  readonly #openError = signal<ApiError | null>(null);
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.list());

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly reviews = computed(() =>
    [...(this.#state().value ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );
  readonly opening = this.#opening.asReadonly();
  readonly openError = this.#openError.asReadonly();
  /** The regions the manager reviews (the API scopes them); a failure only empties the picker. */
  readonly regions = toSignal(
    inject(NetworkApi)
      .listRegions()
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  async open(regionId: string, period: string): Promise<Review | null> {
    if (this.#opening()) return null;
    this.#opening.set(true);
    this.#openError.set(null);
    try {
      return await firstValueFrom(this.#api.open(regionId, period));
    } catch (error) {
      this.#openError.set(toApiError(error));
      return null;
    } finally {
      this.#opening.set(false);
    }
  }
}
