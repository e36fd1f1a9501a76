import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey } from '../../http/api-error';
import { BandBadge } from '../../ui/band-badge';
import { PeriodField } from '../../ui/period-field';
import { PeriodPipe } from '../../ui/period.pipe';
import { ScorePipe } from '../../ui/score.pipe';
import { previousPeriod } from '../../ui/period';
import { PolicyStore } from '../policy-store';
import { SlaSimulationPanel } from './sla-simulation-panel';

/**
 * The draft over a real period: the period's facts are fetched once, then the
 * shared scoring function re-runs here as the draft changes, with no server call.
 */
@Component({
  selector: 'fs-simulator-panel',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    BandBadge,
    PeriodField,
    PeriodPipe,
    ScorePipe,
    SlaSimulationPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'policies.simulator.intro' | transloco }}</p>
    <div class="fs-filters">
      <fs-period-field
        [label]="'policies.simulator.period' | transloco"
        [value]="period()"
        testId="simulation-period"
        (periodChange)="period.set($event)"
      />
      <button
        type="button"
        matButton="outlined"
        class="load"
        data-testid="simulate"
        (click)="store.loadPeriod(period())"
      >
        {{ 'policies.simulator.load' | transloco }}
      </button>
    </div>
    <div class="fs-progress">
      @if (store.inputsLoading()) {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="'policies.simulator.loading' | transloco"
        />
      }
    </div>
    @if (store.inputsError(); as error) {
      <p role="alert" class="error">
        {{ 'policies.simulator.failed' | transloco }} {{ errorMessageKey(error) | transloco }}
      </p>
    }
    <div
      aria-live="polite"
      data-testid="simulation"
      [attr.data-changed]="store.simulation()?.changed"
    >
      @if (store.simulation(); as result) {
        <p class="summary">
          {{
            'policies.simulator.summary'
              | transloco
                : {
                    changed: result.changed,
                    locations: result.locations,
                    better: result.better,
                    worse: result.worse,
                    period: (store.period() | fsPeriod: language()),
                  }
          }}
        </p>
      } @else if (store.period() && !store.inputsLoading() && !store.inputsError()) {
        <p>{{ 'policies.simulator.fixErrors' | transloco }}</p>
      }
    </div>
    @if (store.slaChanged() && store.period()) {
      <fs-sla-simulation-panel [language]="language()" [period]="store.period() ?? ''" />
    }
    @if (store.simulation(); as result) {
      @if (result.changes.length) {
        <div class="fs-table-scroll">
          <table class="changes" data-testid="simulation-changes">
            <caption class="cdk-visually-hidden">
              {{
                'policies.simulator.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'policies.simulator.location' | transloco }}</th>
                <th scope="col">{{ 'policies.simulator.now' | transloco }}</th>
                <th scope="col">{{ 'policies.simulator.draft' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (change of result.changes; track change.locationId) {
                <tr>
                  <th scope="row" class="fs-code">{{ change.locationCode }}</th>
                  <td>
                    {{ change.overallFrom | fsScore: language() }}
                    <fs-band-badge [band]="change.from" />
                  </td>
                  <td>
                    {{ change.overallTo | fsScore: language() }}
                    <fs-band-badge [band]="change.to" />
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .load {
      margin-top: 8px;
    }
    .summary {
      font: var(--mat-sys-title-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .changes {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 6px 12px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class SimulatorPanel {
  protected readonly store = inject(PolicyStore);
  readonly language = input.required<string>();
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly period = signal(previousPeriod(new Date()));
}
