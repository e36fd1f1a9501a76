import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { filter, map } from 'rxjs';
import { remoteSignal } from '../http/remote-signal';
import { ScorecardListQuery } from './scorecard-query';
import { ScorecardsApi } from './scorecards-api';

/** A period's scorecards, newest card per location, a page at a time. */
@Injectable()
export class ScorecardListStore {
  readonly #api = inject(ScorecardsApi);
  readonly #query = signal<ScorecardListQuery | null>(null);
  readonly #attempt = signal(0);
  readonly #state = remoteSignal(
    toObservable(computed(() => ({ query: this.#query(), attempt: this.#attempt() }))).pipe(
      map(({ query }) => query),
      filter((query): query is ScorecardListQuery => query !== null),
    ),
    (query) => this.#api.list(query),
  );

  readonly query = this.#query.asReadonly();
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly scorecards = computed(() => this.#state().value?.items ?? []);
  readonly total = computed(() => this.#state().value?.total ?? 0);

  show(query: ScorecardListQuery): void {
    this.#query.set(query);
  }

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }
}
