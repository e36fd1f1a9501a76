import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { Category, SlaCompliance } from '@franscore/domain';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageStore } from '../i18n/language-store';
import { Chart } from '../ui/chart/chart';
import { formatPeriod } from '../ui/period';
import { HomeChartsStore } from './home-stores';
import { complaintMixChart, slaComplianceChart } from './home-view';

/** The complaint mix of the caller's scope and, when asked, SLA compliance per region or franchisee. */
@Component({
  selector: 'fs-home-charts',
  imports: [Chart],
  providers: [HomeChartsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="charts">
      @if (mixChart(); as spec) {
        <fs-chart [spec]="spec" data-testid="complaint-mix-chart" />
      }
      @if (slaChart(); as spec) {
        <fs-chart [spec]="spec" data-testid="sla-chart" />
      }
    </div>
  `,
  styles: `
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
      gap: 24px;
    }
  `,
})
export class HomeCharts {
  /** Group SLA compliance by region or franchisee; null shows no SLA chart. */
  readonly slaBy = input<SlaCompliance['by'] | null>(null);

  protected readonly store = inject(HomeChartsStore);
  readonly #transloco = inject(TranslocoService);
  readonly #language = inject(LanguageStore).active;

  constructor() {
    effect(() => {
      const by = this.slaBy();
      untracked(() => this.store.groupBy(by));
    });
  }

  #t(key: string, params?: Record<string, string>): string {
    return this.#transloco.translate(key, params, this.#language());
  }

  protected readonly mixChart = computed(() => {
    const mix = this.store.mix();
    const language = this.#language();
    if (!mix || mix.rows.length === 0) return null;
    const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    return complaintMixChart(mix, {
      caption: this.#t('homes.charts.mix', { period: formatPeriod(mix.period, language) }),
      categoryLabel: this.#t('homes.charts.category'),
      series: (severity) => this.#t(`complaints.severities.${severity}`),
      category: (category: Category) => this.#t(`complaints.categories.${category}`),
      format: (v) => count.format(v),
    });
  });

  protected readonly slaChart = computed(() => {
    const sla = this.store.sla();
    const language = this.#language();
    if (!sla || !this.slaBy() || sla.rows.length === 0) return null;
    const share = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    return slaComplianceChart(sla, {
      caption: this.#t('homes.charts.sla', { period: formatPeriod(sla.period, language) }),
      categoryLabel: this.#t(sla.by === 'region' ? 'homes.charts.region' : 'homes.charts.franchisee'),
      series: (key) => this.#t(`homes.charts.${key}`),
      format: (v) => `${share.format(v)} %`,
    });
  });
}
