import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Scorecard } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { FigurePipe } from '../../ui/figure.pipe';
import { ScorePipe } from '../../ui/score.pipe';
import { componentRows, countedText } from '../scorecard-view';

/** Each component of a scorecard: score, weight, how it was counted, and why it is absent when it is. */
@Component({
  selector: 'fs-component-table',
  imports: [TranslocoPipe, ScorePipe, FigurePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fs-table-scroll">
      <table class="components" data-testid="components">
        <caption class="cdk-visually-hidden">
          {{
            'scorecards.components.caption' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'scorecards.components.component' | transloco }}</th>
            <th scope="col">{{ 'scorecards.components.score' | transloco }}</th>
            <th scope="col">{{ 'scorecards.components.weight' | transloco }}</th>
            <th scope="col">{{ 'scorecards.components.counted' | transloco }}</th>
            <th scope="col">{{ 'scorecards.components.sample' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.name) {
            <tr [attr.data-component]="row.name" [attr.data-score]="row.score">
              <th scope="row">{{ 'scorecards.componentNames.' + row.name | transloco }}</th>
              <td class="score">
                @if (row.score !== null) {
                  {{ row.score | fsScore: language() }}
                } @else {
                  <span class="absent">{{ 'scorecards.components.absent' | transloco }}</span>
                  <span class="reason">
                    {{
                      'scorecards.components.absentReason'
                        | transloco
                          : {
                              sample: row.sample | fsFigure: language(),
                              minimum: row.minimum | fsFigure: language(),
                            }
                    }}
                  </span>
                }
              </td>
              <td>{{ row.weight | fsFigure: language() }}</td>
              <td>{{ row.counted.key | transloco: row.counted.params }}</td>
              <td>
                {{
                  'scorecards.components.sampleOf'
                    | transloco: { sample: row.sample, minimum: row.minimum }
                }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .components {
      border-collapse: collapse;
      min-width: 560px;
    }
    th,
    td {
      padding: 8px 12px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    thead th {
      font: var(--mat-sys-title-small);
    }
    .score {
      font-variant-numeric: tabular-nums;
    }
    .absent {
      font: var(--mat-sys-label-large);
    }
    .reason {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ComponentTable {
  readonly scorecard = input.required<Scorecard>();
  readonly language = input.required<string>();
  protected readonly rows = computed(() =>
    componentRows(this.scorecard()).map((row) => ({
      ...row,
      counted: countedText(row, this.language()),
    })),
  );
}
