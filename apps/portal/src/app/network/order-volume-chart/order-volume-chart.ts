import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { OrderVolumeSeries } from '@franscore/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageStore } from '../../i18n/language-store';
import { Chart } from '../../ui/chart/chart';
import { formatDay, formatOrders, volumeChartSpec, volumeDays, volumeSummary } from './order-volume-view';

/**
 * A location's daily orders: a sentence that sums them up, then the portal's
 * chart (bars, with the same days as a table for screen readers and on request).
 */
@Component({
  selector: 'fs-order-volume-chart',
  imports: [Chart, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="summary" data-testid="order-volume-summary">
      @if (summary().reported) {
        {{ 'orderVolumes.summary' | transloco: summaryParams() }}
      } @else {
        {{ 'orderVolumes.summaryEmpty' | transloco }}
      }
    </p>
    <fs-chart [spec]="spec()" [height]="240" data-testid="order-volume-chart" />
  `,
  styles: `
    :host {
      display: block;
    }
    .summary {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OrderVolumeChart {
  readonly #transloco = inject(TranslocoService);
  readonly #language = inject(LanguageStore).active;
  readonly series = input.required<OrderVolumeSeries>();
  readonly code = input.required<string>();

  protected readonly rows = computed(() => volumeDays(this.series()));
  protected readonly summary = computed(() => volumeSummary(this.rows()));

  #t(key: string, params?: Record<string, string>): string {
    return this.#transloco.translate(key, params, this.#language());
  }

  protected readonly spec = computed(() => {
    const language = this.#language();
    const series = this.series();
    return volumeChartSpec(this.rows(), {
      caption: this.#t('orderVolumes.caption', { code: this.code(), from: formatDay(series.from, language), to: formatDay(series.to, language) }),
      day: this.#t('orderVolumes.day'),
      orders: this.#t('orderVolumes.orders'),
      language,
    });
  });
  protected readonly summaryParams = computed(() => {
    const s = this.summary();
    const language = this.#language();
    return {
      total: formatOrders(s.total, language),
      reported: s.reported,
      average: s.average === null ? '' : formatOrders(s.average, language),
      missing: s.missing,
    };
  });
}
