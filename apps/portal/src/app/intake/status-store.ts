import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Rating } from '@franscore/domain';
import {
  Subject,
  catchError,
  filter,
  firstValueFrom,
  map,
  merge,
  of,
  scan,
  startWith,
  switchMap,
} from 'rxjs';
import { toApiError } from '../http/api-error';
import { IntakeApi } from './intake-api';
import { INITIAL_STATUS_STATE, StatusEvent, reduceStatus } from './status-state';

/** The customer's view of one complaint, by the token in their status link. */
@Injectable()
export class StatusStore {
  readonly #api = inject(IntakeApi);
  readonly #token = signal<string | null>(null);
  readonly #attempt = signal(0);
  /** Outcomes of the customer's own actions, folded into the same state as the loads. */
  readonly #actions = new Subject<StatusEvent>();

  readonly #state = toSignal(
    merge(
      toObservable(computed(() => ({ token: this.#token(), attempt: this.#attempt() }))).pipe(
        filter((query): query is { token: string; attempt: number } => query.token !== null),
        switchMap(({ token }) =>
          this.#api.status(token).pipe(
            map((status): StatusEvent => ({ type: 'loaded', status })),
            catchError((error: unknown) =>
              of<StatusEvent>({ type: 'failed', error: toApiError(error) }),
            ),
            startWith<StatusEvent>({ type: 'loading' }),
          ),
        ),
      ),
      this.#actions,
    ).pipe(scan(reduceStatus, INITIAL_STATUS_STATE)),
    { initialValue: INITIAL_STATUS_STATE },
  );

  readonly loading = computed(() => this.#state().loading);
  readonly status = computed(() => this.#state().status);
  readonly error = computed(() => this.#state().error);
  readonly rating = computed(() => this.#state().rating);
  readonly ratingError = computed(() => this.#state().ratingError);
  readonly justRated = computed(() => this.#state().justRated);

  show(token: string): void {
    this.#token.set(token);
  }

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** Resolves true when the rating was taken. */
  async rate(rating: Rating): Promise<boolean> {
    const token = this.#token();
    if (!token || this.rating()) return false;
    this.#actions.next({ type: 'rating' });
    try {
      const status = await firstValueFrom(this.#api.rate(token, rating));
      this.#actions.next({ type: 'rated', status });
      return true;
    } catch (error) {
      this.#actions.next({ type: 'ratingFailed', error: toApiError(error) });
      return false;
    }
  }
}
