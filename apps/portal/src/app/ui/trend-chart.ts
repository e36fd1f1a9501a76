import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatPeriod, formatPeriodShort } from './period';
import { formatScore } from './score';
import { TrendPoint, trendBars } from './trend';

const WIDTH = 480;
const PLOT = 120;
const TOP = 18;
const AXIS = 20;

/**
 * A location's overall score over past periods: SVG bars in band colours, the
 * score above each bar, and the same figures as a table for screen readers
 * and anyone who prefers numbers. No chart library: a handful of bars does not
 * need one, and the bundle stays small.
 */
@Component({
  selector: 'fs-trend-chart',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      <figcaption class="caption">{{ caption() }}</figcaption>
      <svg
        [attr.viewBox]="'0 0 ' + width + ' ' + (plot + top + axis)"
        class="chart"
        aria-hidden="true"
        focusable="false"
      >
        <line x1="0" [attr.y1]="top + plot" [attr.x2]="width" [attr.y2]="top + plot" class="base" />
        @for (bar of bars(); track bar.period) {
          <rect
            [attr.x]="bar.x"
            [attr.y]="top + bar.y"
            [attr.width]="bar.width"
            [attr.height]="bar.height"
            [attr.data-band]="bar.band ?? 'none'"
          />
          <text [attr.x]="bar.x + bar.width / 2" [attr.y]="top + bar.y - 4" class="value">
            {{ score(bar.overall) || '–' }}
          </text>
          <text [attr.x]="bar.x + bar.width / 2" [attr.y]="top + plot + 14" class="label">
            {{ short(bar.period) }}
          </text>
        }
      </svg>
      <table class="cdk-visually-hidden">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'trend.period' | transloco }}</th>
            <th scope="col">{{ 'trend.overall' | transloco }}</th>
            <th scope="col">{{ 'trend.band' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (point of points(); track point.period) {
            <tr>
              <th scope="row">{{ long(point.period) }}</th>
              <td>{{ score(point.overall) || ('trend.noScore' | transloco) }}</td>
              <td>{{ (point.band ? 'bands.' + point.band : 'bands.none') | transloco }}</td>
            </tr>
          }
        </tbody>
      </table>
    </figure>
  `,
  styles: `
    .figure {
      margin: 0;
      max-width: 560px;
    }
    .caption {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
    }
    .chart {
      width: 100%;
      height: auto;
    }
    .base {
      stroke: var(--mat-sys-outline);
    }
    rect {
      fill: var(--fs-band-none);
    }
    rect[data-band='good'] {
      fill: var(--fs-band-good);
    }
    rect[data-band='watch'] {
      fill: var(--fs-band-watch);
    }
    rect[data-band='warning'] {
      fill: var(--fs-band-warning);
    }
    rect[data-band='closure'] {
      fill: var(--fs-band-closure);
    }
    text {
      font-size: 11px;
      text-anchor: middle;
      fill: var(--mat-sys-on-surface);
    }
  `,
})
export class TrendChart {
  /** Oldest first. */
  readonly points = input.required<readonly TrendPoint[]>();
  readonly caption = input.required<string>();
  readonly language = input.required<string>();

  protected readonly width = WIDTH;
  protected readonly plot = PLOT;
  protected readonly top = TOP;
  protected readonly axis = AXIS;
  protected readonly bars = computed(() =>
    trendBars(this.points(), { width: WIDTH, height: PLOT, gap: 12 }),
  );

  protected score(value: number | null): string {
    return formatScore(value, this.language()) ?? '';
  }

  protected short(period: string): string {
    return formatPeriodShort(period, this.language());
  }

  protected long(period: string): string {
    return formatPeriod(period, this.language());
  }
}
