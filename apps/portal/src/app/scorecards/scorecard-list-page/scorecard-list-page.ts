import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  numberAttribute,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../auth/auth-store';
import { actionMessage } from '../../http/action-message';
import { LanguageStore } from '../../i18n/language-store';
import { BandBadge } from '../../ui/band-badge';
import { ListPage } from '../../ui/list-page/list-page';
import { PageRequest } from '../../ui/list-page/list-page-state';
import { isPeriod, previousPeriod } from '../../ui/period';
import { PeriodField } from '../../ui/period-field';
import { PeriodPipe } from '../../ui/period.pipe';
import { ScorePipe } from '../../ui/score.pipe';
import { StandingBadge } from '../../ui/standing-badge';
import { RecomputeStore } from '../recompute-store';
import { ScorecardListStore } from '../scorecard-list-store';

/** A period's standing scorecards, each with the revision pending beside it; auditors and admins recompute a period from here. */
@Component({
  selector: 'fs-scorecard-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    BandBadge,
    ListPage,
    PeriodField,
    PeriodPipe,
    ScorePipe,
    StandingBadge,
  ],
  providers: [ScorecardListStore, RecomputeStore],
  templateUrl: './scorecard-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardListPage {
  protected readonly store = inject(ScorecardListStore);
  protected readonly recompute = inject(RecomputeStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);
  protected readonly columns = ['location', 'overall', 'band', 'standing'] as const;

  /** Query parameters, bound by the router: the URL is the list's state, so links and Back work. */
  readonly period = input<string>();
  readonly locationId = input<string>();
  readonly page = input(1, { transform: (v: unknown) => numberAttribute(v, 1) });
  readonly pageSize = input(50, { transform: (v: unknown) => numberAttribute(v, 50) });

  protected readonly shownPeriod = computed(() => {
    const period = this.period();
    return isPeriod(period) ? period : previousPeriod(new Date());
  });
  protected readonly canRecompute = computed(() => {
    const role = this.#auth.user()?.role;
    return role === 'auditor' || role === 'admin';
  });
  protected readonly recomputeMessage = computed(() => {
    const error = this.recompute.error();
    return error ? actionMessage(error) : null;
  });

  constructor() {
    effect(() => {
      const query = {
        period: this.shownPeriod(),
        locationId: this.locationId() ?? null,
        page: this.page(),
        pageSize: this.pageSize(),
      };
      untracked(() => this.store.show(query));
    });
    // A finished recompute changed the cards: show the new ones.
    effect(() => {
      const job = this.recompute.job();
      if (job && job.status !== 'running') untracked(() => this.store.retry());
    });
  }

  protected choosePeriod(period: string): void {
    void this.#navigate({ period, page: null });
  }

  protected showPage(event: PageRequest): void {
    void this.#navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected startRecompute(): void {
    this.recompute.start(this.shownPeriod());
  }

  #navigate(queryParams: Record<string, string | number | null>): Promise<boolean> {
    return this.#router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}
