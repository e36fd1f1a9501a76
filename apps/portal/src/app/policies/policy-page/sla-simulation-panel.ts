import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { SEVERITIES } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey } from '../../http/api-error';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { formatScore } from '../../ui/score';
import { onTimeShare } from '../policy-checks';
import { PolicyStore } from '../policy-store';

interface Counts {
  decided: number;
  onTime: number;
}

/**
 * New SLA targets change which complaints were on time, and that needs every
 * clock of the period: the server decides them again under the saved draft.
 */
@Component({
  selector: 'fs-sla-simulation-panel',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="sla-sim-heading" data-testid="sla-simulation">
      <h3 id="sla-sim-heading">{{ 'policies.slaSim.heading' | transloco }}</h3>
      <p>{{ 'policies.slaSim.intro' | transloco }}</p>
      @if (!store.slaSaved()) {
        <p class="hint">{{ 'policies.slaSim.saveFirst' | transloco }}</p>
      }
      <button
        type="button"
        matButton="outlined"
        data-testid="simulate-sla"
        [disabled]="!store.slaSaved() || store.serverSimulating() || !period()"
        (click)="store.simulateOnServer(period())"
      >
        {{ 'policies.slaSim.run' | transloco }}
      </button>
      <div class="fs-progress">
        @if (store.serverSimulating()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'policies.slaSim.running' | transloco" />
        }
      </div>
      @if (store.serverSimulationError(); as error) {
        <p role="alert" class="error">{{ errorMessageKey(error) | transloco }}</p>
      }
      <div aria-live="polite">
        @if (store.serverSimulation(); as result) {
          @if (result.sla; as sla) {
            <p class="summary" data-testid="sla-summary">
              {{ 'policies.slaSim.summary' | transloco: { shifts: sla.shiftCount, changed: result.changed, better: result.better, worse: result.worse } }}
            </p>
            <div class="fs-table-scroll">
              <table>
                <caption>{{ 'policies.slaSim.caption' | transloco }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'policies.slaSim.clock' | transloco }}</th>
                    @for (severity of severities; track severity) {
                      <th scope="col">{{ 'complaints.severities.' + severity | transloco }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (clock of clocks; track clock) {
                    <tr>
                      <th scope="row">{{ 'policies.slaSim.clocks.' + clock | transloco }}</th>
                      @for (severity of severities; track severity) {
                        <td>{{ cell(sla.perSeverity[clock]?.[severity]) }}</td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            @if (sla.shifts.length) {
              <h4>{{ 'policies.slaSim.shiftsHeading' | transloco }}</h4>
              <ul data-testid="sla-shifts">
                @for (shift of sla.shifts; track shift.complaintId + shift.clock) {
                  <li>
                    <a [routerLink]="['/complaints', shift.complaintId]">{{ shift.reference }}</a>
                    · {{ 'policies.slaSim.clocks.' + shift.clock | transloco }}:
                    {{ 'policies.slaSim.outcomes.' + shift.from | transloco }} →
                    {{ 'policies.slaSim.outcomes.' + shift.to | transloco }}
                    @if (shift.draftBreachedAt) {
                      ({{ 'policies.slaSim.lateFrom' | transloco: { at: (shift.draftBreachedAt | fsDateTime: language()) } }})
                    }
                  </li>
                }
              </ul>
            }
          } @else {
            <p>{{ 'policies.slaSim.noChange' | transloco }}</p>
          }
        }
      </div>
    </section>
  `,
  styles: `
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    th,
    td {
      padding: 6px 12px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class SlaSimulationPanel {
  protected readonly store = inject(PolicyStore);
  readonly language = input.required<string>();
  readonly period = input.required<string>();
  protected readonly severities = SEVERITIES;
  protected readonly clocks = ['acknowledge', 'resolve'] as const;
  protected readonly errorMessageKey = errorMessageKey;

  /** On time now and under the draft, in percent: "92.0 % → 80.0 %" (a dash where nothing was decided). */
  protected cell(pair: { current: Counts; draft: Counts } | undefined): string {
    const pct = (counts: Counts | undefined) => {
      const share = counts ? onTimeShare(counts) : null;
      return share === null ? '—' : `${formatScore(share, this.language())} %`;
    };
    return `${pct(pair?.current)} → ${pct(pair?.draft)}`;
  }
}
