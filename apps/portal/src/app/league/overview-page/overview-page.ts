import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { PluralPipe } from '../../ui/plural.pipe';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { isPeriod, previousPeriod } from '../../ui/period';
import { PeriodField } from '../../ui/period-field';
import { PeriodPipe } from '../../ui/period.pipe';
import { formatMoney } from '../../ui/money';
import { MATRIX_COLUMNS, MatrixColumn } from '../band-matrix';
import { OverviewStore } from '../overview-store';

/** Where trouble is at a glance: each region's locations counted by band, each count a link to those rows. */
@Component({
  selector: 'fs-overview-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    PluralPipe,
    EmptyState,
    ErrorBanner,
    PeriodField,
    PeriodPipe,
  ],
  providers: [OverviewStore],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  protected readonly store = inject(OverviewStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #router = inject(Router);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly columns = MATRIX_COLUMNS;
  protected readonly formatMoney = formatMoney;

  /** Revenue at risk of a region (null: the total row), in the viewer's language; empty while unknown. */
  protected revenueOf(regionId: string | null): string {
    const money = this.store.money();
    if (!money) return '';
    const figures = regionId === null ? money.total : money.regions.find((r) => r.id === regionId);
    return figures
      ? formatMoney(figures.revenueAtRisk, money.currency, this.language())
      : formatMoney(0, money.currency, this.language());
  }

  /** Bound from the query string. */
  readonly period = input<string>();
  protected readonly shownPeriod = computed(() => {
    const period = this.period();
    return isPeriod(period) ? period : previousPeriod(new Date());
  });

  constructor() {
    effect(() => {
      const period = this.shownPeriod();
      untracked(() => this.store.show(period));
    });
  }

  protected choosePeriod(period: string): void {
    void this.#router.navigate([], { queryParams: { period } });
  }

  /** The league filtered to a cell; "no score" has no band filter, so it links to the region only. */
  protected cellParams(regionId: string | null, column: MatrixColumn): Record<string, string> {
    const params: Record<string, string> = { period: this.shownPeriod() };
    if (regionId) params['regionId'] = regionId;
    if (column !== 'none') params['band'] = column;
    return params;
  }
}
