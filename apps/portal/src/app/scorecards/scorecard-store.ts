import { Injectable, computed, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Scorecard } from '@franscore/domain';
import { distinctUntilChanged, filter } from 'rxjs';
import { detailResource } from '../http/detail-resource';
import { remoteSignal } from '../http/remote-signal';
import { ScoreTrendPoint, scoreTrend } from './score-trend';
import { ScorecardsApi } from './scorecards-api';
import { TREND_PERIODS, trendQuery } from './scorecard-query';

export type ScorecardAction = 'finalize';

/** One scorecard, its location's trend over past periods, and finalizing it. */
@Injectable()
export class ScorecardStore {
  readonly #api = inject(ScorecardsApi);
  readonly #card = detailResource<Scorecard, ScorecardAction>((id) => this.#api.get(id));
  readonly #locationId = computed(() => this.#card.value()?.locationId ?? null);
  readonly #trend = remoteSignal(
    toObservable(this.#locationId).pipe(
      filter((id): id is string => id !== null),
      distinctUntilChanged(),
    ),
    (locationId) => this.#api.list(trendQuery(locationId)),
  );

  readonly loading = this.#card.loading;
  readonly scorecard = this.#card.value;
  readonly loadError = this.#card.loadError;
  readonly busy = this.#card.busy;
  readonly actionError = this.#card.actionError;
  readonly done = this.#card.done;
  readonly trendLoading = computed(() => this.#trend().loading);
  readonly trendError = computed(() => this.#trend().error);
  /** The location's last periods, oldest first, each with its components. */
  readonly trend = computed<ScoreTrendPoint[]>(() =>
    scoreTrend(this.#trend().value?.items ?? [], TREND_PERIODS),
  );

  show(id: string): void {
    this.#card.show(id);
  }

  retry(): void {
    this.#card.retry();
  }

  finalize(): Promise<boolean> {
    return this.#card.act('finalize', (id) => this.#api.finalize(id));
  }
}
