import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { BANDS, BandName } from '@franscore/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { FigurePipe } from '../../ui/figure.pipe';
import { formatFigure, formatMoney } from '../../ui/money';
import { BandBadge } from '../../ui/band-badge';
import { downloadText } from '../../ui/download';
import { ListPage } from '../../ui/list-page/list-page';
import { PageRequest } from '../../ui/list-page/list-page-state';
import { previousPeriod } from '../../ui/period';
import { PeriodField } from '../../ui/period-field';
import { PeriodPipe } from '../../ui/period.pipe';
import { ScorePipe } from '../../ui/score.pipe';
import { StandingBadge } from '../../ui/standing-badge';
import { scoreChange } from '../../ui/score';
import { leagueCsv } from '../league-csv';
import {
  LEAGUE_SORTS,
  LeagueFilters,
  filterChangeParams,
  leagueFiltersFromQuery,
} from '../league-filters';
import { LeagueStore } from '../league-store';

@Component({
  selector: 'fs-league-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    FigurePipe,
    BandBadge,
    ListPage,
    PeriodField,
    PeriodPipe,
    ScorePipe,
    StandingBadge,
  ],
  providers: [LeagueStore],
  templateUrl: './league-page.html',
  styleUrl: './league-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeaguePage {
  protected readonly store = inject(LeagueStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #router = inject(Router);
  readonly #transloco = inject(TranslocoService);
  readonly #document = inject(DOCUMENT);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly bands = BANDS;
  protected readonly sorts = LEAGUE_SORTS;
  protected readonly columns = [
    'rank',
    'location',
    'region',
    'franchisee',
    'overall',
    'change',
    'band',
    'revenueAtRisk',
    'enforcement',
  ] as const;
  protected readonly formatMoney = formatMoney;
  protected readonly formatFigure = formatFigure;

  /** Query parameters, bound by the router: the URL is the table's state. */
  readonly period = input<string>();
  readonly regionId = input<string>();
  readonly franchiseeId = input<string>();
  readonly band = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  protected readonly filters = computed<LeagueFilters>(() =>
    leagueFiltersFromQuery(
      {
        period: this.period(),
        regionId: this.regionId(),
        franchiseeId: this.franchiseeId(),
        band: this.band(),
        sort: this.sort(),
        page: this.page(),
        pageSize: this.pageSize(),
      },
      previousPeriod(new Date()),
    ),
  );

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => this.store.show(filters));
    });
  }

  protected change(change: Parameters<typeof filterChangeParams>[0]): void {
    void this.#router.navigate([], {
      queryParams: filterChangeParams(change),
      queryParamsHandling: 'merge',
    });
  }

  protected showPage(event: PageRequest): void {
    void this.#router.navigate([], {
      queryParams: { page: event.pageIndex + 1, pageSize: event.pageSize },
      queryParamsHandling: 'merge',
    });
  }

  protected changeOf(current: number | null, previous: number | null) {
    return scoreChange(current, previous, this.language());
  }

  protected async exportCsv(): Promise<void> {
    const rows = await this.store.allRows();
    if (!rows) return;
    const t = (key: string) => this.#transloco.translate(key);
    const csv = leagueCsv(rows, this.store.openLevels(), {
      headers: {
        rank: t('league.columns.rank'),
        code: t('league.columns.code'),
        name: t('league.columns.name'),
        region: t('league.columns.region'),
        franchisee: t('league.columns.franchisee'),
        overall: t('league.columns.overall'),
        previous: t('league.columns.previous'),
        change: t('league.columns.change'),
        band: t('league.columns.band'),
        provisional: t('bands.provisional'),
        enforcement: t('league.columns.enforcement'),
        rankOf: t('league.columns.rankOf'),
        revenueAtRisk: t('league.columns.revenueAtRisk'),
        currency: t('league.columns.currency'),
      },
      band: (band: BandName | null) => t(band ? `bands.${band}` : 'bands.none'),
      level: (level) => t(`enforcement.levels.${level}`),
      yes: t('league.yes'),
      no: t('league.no'),
    });
    downloadText(
      this.#document,
      `league-${this.filters().period}.csv`,
      csv,
      'text/csv;charset=utf-8',
    );
  }
}
