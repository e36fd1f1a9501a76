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
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../auth/auth-store';
import { actionMessage } from '../../http/action-message';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { BandBadge } from '../../ui/band-badge';
import { Confirmer } from '../../ui/confirmer';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ErrorBanner } from '../../ui/error-banner';
import { MoneyAtRisk } from '../../ui/money-at-risk';
import { PeriodPipe } from '../../ui/period.pipe';
import { ScorePipe } from '../../ui/score.pipe';
import { StandingBadge } from '../../ui/standing-badge';
import { Chart } from '../../ui/chart/chart';
import { formatPeriodShort } from '../../ui/period';
import { formatScore } from '../../ui/score';
import { COMPONENT_NAMES } from '@franscore/domain';
import { TranslocoService } from '@jsverse/transloco';
import { scoreTrendChart } from '../score-trend';
import { ScorecardStore } from '../scorecard-store';
import { breachGroups, breachLabel, finalizable } from '../scorecard-view';
import { scorecardPdfUrl } from '../scorecards-api';
import { ComponentTable } from './component-table';

@Component({
  selector: 'fs-scorecard-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    BandBadge,
    DateTimePipe,
    ErrorBanner,
    PeriodPipe,
    ScorePipe,
    StandingBadge,
    Chart,
    ComponentTable,
    MoneyAtRisk,
  ],
  providers: [ScorecardStore],
  templateUrl: './scorecard-page.html',
  styleUrl: './scorecard-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardPage {
  protected readonly store = inject(ScorecardStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #confirmer = inject(Confirmer);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly breachLabel = breachLabel;

  /** The scorecard id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly canFinalize = computed(() =>
    finalizable(this.#auth.user()?.role, this.store.scorecard()?.standing),
  );
  protected readonly pdfUrl = computed(() => scorecardPdfUrl(this.id(), this.language()));
  protected readonly breaches = computed(() => {
    const card = this.store.scorecard();
    return card ? breachGroups(card) : [];
  });
  readonly #transloco = inject(TranslocoService);
  /** The overall score over its components, period by period. */
  protected readonly trendChart = computed(() => {
    const language = this.language();
    const t = (key: string, params?: Record<string, string>) =>
      this.#transloco.translate(key, params, language);
    return scoreTrendChart(this.store.trend(), {
      caption: t('scorecards.trend.caption', { code: this.store.scorecard()?.locationCode ?? '' }),
      period: t('trend.period'),
      overall: t('trend.overall'),
      components: Object.fromEntries(
        COMPONENT_NAMES.map((name) => [name, t(`scorecards.componentNames.${name}`)]),
      ) as Record<(typeof COMPONENT_NAMES)[number], string>,
      periodLabel: (period) => formatPeriodShort(period, language),
      format: (value) => formatScore(value, language) ?? '',
    });
  });
  protected readonly actionMessage = computed(() => {
    const error = this.store.actionError();
    return error ? actionMessage(error, { conflict: 'scorecards.cannotFinalize' }) : null;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.show(id));
    });
  }

  protected async finalize(): Promise<void> {
    if (await this.#confirmer.ask('scorecards.confirmFinalize')) await this.store.finalize();
  }
}
