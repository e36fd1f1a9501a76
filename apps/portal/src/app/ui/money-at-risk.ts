import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MoneyAtRiskFigures } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatFigure, formatMoney } from './money';

/**
 * Customers and revenue at risk (DOMAIN.md "Customers and money at risk"):
 * recovered, lost and unknown complainants and what the lost ones cost, always
 * said to be outside the score. Null figures: a card computed before customers were counted.
 */
@Component({
  selector: 'fs-money-at-risk',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as v) {
      <dl class="fs-facts money" data-testid="money-at-risk" [attr.data-revenue]="v.revenueAtRisk">
        <dt>{{ 'money.revenueAtRisk' | transloco }}</dt>
        <dd class="revenue">{{ v.revenue }}</dd>
        <dt>{{ 'money.lost' | transloco }}</dt>
        <dd data-outcome="lost">{{ v.lost }}</dd>
        <dt>{{ 'money.recovered' | transloco }}</dt>
        <dd data-outcome="recovered">{{ v.recovered }}</dd>
        <dt>{{ 'money.unknown' | transloco }}</dt>
        <dd data-outcome="unknown">{{ v.unknown }}</dd>
      </dl>
      <p class="note">{{ 'money.notInScore' | transloco }}</p>
    } @else {
      <p class="note">{{ 'money.notRecorded' | transloco }}</p>
    }
  `,
  styles: `
    .revenue {
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MoneyAtRisk {
  readonly figures = input.required<MoneyAtRiskFigures | null | undefined>();
  readonly language = input.required<string>();
  protected readonly view = computed(() => {
    const f = this.figures();
    const language = this.language();
    if (!f) return null;
    return {
      revenueAtRisk: f.revenueAtRisk,
      revenue: formatMoney(f.revenueAtRisk, f.currency, language),
      lost: formatFigure(f.lost, language),
      recovered: formatFigure(f.recovered, language),
      unknown: formatFigure(f.unknown, language),
    };
  });
}
