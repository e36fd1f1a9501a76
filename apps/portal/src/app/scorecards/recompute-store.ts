import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Subject, catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { toApiError } from '../http/api-error';
import { jobPercent, pollJob } from './job-poll';
import {
  INITIAL_RECOMPUTE_STATE,
  RecomputeEvent,
  isRecomputing,
  reduceRecompute,
} from './recompute-state';
import { ScorecardsApi } from './scorecards-api';

/** Recomputing a period's scorecards: a background job on the server, followed until it ends. */
@Injectable()
export class RecomputeStore {
  readonly #api = inject(ScorecardsApi);
  readonly #starts = new Subject<string>();
  readonly #state = toSignal(
    this.#starts.pipe(
      // A second start replaces the first one's polling; the button is disabled meanwhile anyway.
      switchMap((period) =>
        this.#api.recompute(period).pipe(
          switchMap((job) => pollJob(job, (id) => this.#api.job(id))),
          map((job): RecomputeEvent => ({ type: 'progress', job })),
          catchError((error: unknown) =>
            of<RecomputeEvent>({ type: 'failed', error: toApiError(error) }),
          ),
          startWith<RecomputeEvent>({ type: 'starting', period }),
        ),
      ),
      scan(reduceRecompute, INITIAL_RECOMPUTE_STATE),
    ),
    { initialValue: INITIAL_RECOMPUTE_STATE },
  );

  readonly period = computed(() => this.#state().period);
  readonly job = computed(() => this.#state().job);
  readonly error = computed(() => this.#state().error);
  readonly running = computed(() => isRecomputing(this.#state()));
  readonly percent = computed(() => {
    const job = this.#state().job;
    return job ? jobPercent(job) : 0;
  });

  start(period: string): void {
    if (!this.running()) this.#starts.next(period);
  }
}
