import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { filter, map } from 'rxjs';
import { remoteSignal } from '../http/remote-signal';
import { bandMatrix } from './band-matrix';
import { LeagueApi } from './league-api';

/** Regions x bands for one period, counted here from every league row of the user's scope. */
@Injectable()
export class OverviewStore {
  readonly #api = inject(LeagueApi);
  readonly #period = signal<string | null>(null);
  readonly #attempt = signal(0);
  readonly #state = remoteSignal(
    toObservable(computed(() => ({ period: this.#period(), attempt: this.#attempt() }))).pipe(
      map(({ period }) => period),
      filter((period): period is string => period !== null),
    ),
    (period) =>
      this.#api.all({ period, regionId: null, franchiseeId: null, band: null, sort: 'code' }),
  );

  /** Revenue at risk per region of the period; a failure only hides the column. */
  readonly #money = remoteSignal(
    toObservable(computed(() => ({ period: this.#period(), attempt: this.#attempt() }))).pipe(
      map(({ period }) => period),
      filter((period): period is string => period !== null),
    ),
    (period) => this.#api.moneyAtRisk({ period, regionId: null, franchiseeId: null, band: null }),
  );
  readonly money = computed(() => this.#money().value ?? null);

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly matrix = computed(() => bandMatrix(this.#state().value ?? []));

  show(period: string): void {
    this.#period.set(period);
  }

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }
}
