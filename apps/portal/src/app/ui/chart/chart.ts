import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { ChartSpec, chartOption, chartTable } from './chart-spec';

let nextId = 0;

/**
 * The one chart of the portal: draws a ChartSpec with ECharts (loaded on first
 * use) and gives the same figures as a table, hidden for screen readers or
 * shown in the chart's place with the toggle.
 */
@Component({
  selector: 'fs-chart',
  imports: [NgxEchartsDirective, MatButtonModule, TranslocoPipe],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup') })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure" [attr.aria-labelledby]="captionId">
      <figcaption class="caption">
        <span [id]="captionId">{{ spec().caption }}</span>
        <button
          mat-button
          type="button"
          class="toggle"
          [attr.aria-pressed]="asTable()"
          (click)="asTable.set(!asTable())"
        >
          {{ 'charts.showTable' | transloco }}
        </button>
      </figcaption>
      @if (!asTable()) {
        <div
          echarts
          class="chart"
          aria-hidden="true"
          [options]="option()"
          [style.height.px]="height()"
        ></div>
      }
      <table class="data" [class.cdk-visually-hidden]="!asTable()" data-testid="chart-table">
        <caption class="cdk-visually-hidden">
          {{
            spec().caption
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ spec().categoryLabel }}</th>
            @for (series of spec().series; track series.name) {
              <th scope="col">{{ series.name }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of table(); track row.category) {
            <tr>
              <th scope="row">{{ row.category }}</th>
              @for (cell of row.cells; track $index) {
                <td>{{ cell }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </figure>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .figure {
      margin: 0;
    }
    .caption {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 12px;
      font: var(--mat-sys-title-small);
    }
    .chart {
      width: 100%;
    }
    .data {
      border-collapse: collapse;
      margin-top: 8px;
      font-variant-numeric: tabular-nums;
    }
    .data th,
    .data td {
      padding: 4px 12px 4px 0;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .data td {
      text-align: end;
    }
  `,
})
export class Chart {
  readonly spec = input.required<ChartSpec>();
  readonly height = input(280);

  protected readonly captionId = `fs-chart-${nextId++}`;
  protected readonly asTable = signal(false);
  protected readonly option = computed(() => chartOption(this.spec()));
  protected readonly table = computed(() => chartTable(this.spec()));
}
