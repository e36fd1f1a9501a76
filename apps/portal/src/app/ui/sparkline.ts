import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatPeriodShort } from './period';
import { formatScore } from './score';
import { TrendPoint, trendBars } from './trend';

const WIDTH = 96;
const HEIGHT = 28;

/** A small trend for a table row: bars in band colours, read out as "Aug 26: 72.1, Sep 26: 75.0…". */
@Component({
  selector: 'fs-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      [attr.viewBox]="'0 0 ' + width + ' ' + height"
      [attr.width]="width"
      [attr.height]="height"
      aria-hidden="true"
      focusable="false"
    >
      @for (bar of bars(); track bar.period) {
        <rect
          [attr.x]="bar.x"
          [attr.y]="bar.y"
          [attr.width]="bar.width"
          [attr.height]="bar.height"
          [attr.data-band]="bar.band ?? 'none'"
        />
      }
    </svg>
    <span class="cdk-visually-hidden">{{ text() }}</span>
  `,
  styles: `
    :host {
      display: inline-block;
      vertical-align: middle;
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
  `,
})
export class Sparkline {
  /** Oldest first. */
  readonly points = input.required<readonly TrendPoint[]>();
  readonly language = input.required<string>();
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly bars = computed(() =>
    trendBars(this.points(), { width: WIDTH, height: HEIGHT, gap: 2 }),
  );
  protected readonly text = computed(() =>
    this.points()
      .map(
        (p) =>
          `${formatPeriodShort(p.period, this.language())}: ${formatScore(p.overall, this.language()) ?? '–'}`,
      )
      .join(', '),
  );
}
