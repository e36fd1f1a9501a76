import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../http/action-message';
import { LanguageStore } from '../i18n/language-store';
import { DateTimePipe } from '../ui/date-time.pipe';
import { PeriodPipe } from '../ui/period.pipe';
import { HomeShell } from './home-shell';
import { AuditorHomeStore } from './home-stores';
import { HOME_STYLES } from './home-styles';

/** The auditor's day: which locations are due for an audit (one click opens it), audits under way, disputes to rule on, complaints flagged in bad faith. */
@Component({
  selector: 'fs-auditor-home',
  imports: [RouterLink, MatButtonModule, TranslocoPipe, DateTimePipe, PeriodPipe, HomeShell],
  providers: [AuditorHomeStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fs-home-shell [heading]="'homes.auditor.heading' | transloco" [loading]="store.loading()" [error]="store.error()" (retry)="store.retry()">
      @if (store.home(); as home) {
        <div class="sections">
          <section class="card wide" aria-labelledby="plan-heading" data-testid="audit-plan">
            <h2 id="plan-heading">{{ 'homes.auditor.plan' | transloco }}</h2>
            <p class="quiet">
              {{ 'homes.auditor.planRule' | transloco: { days: home.intervalDays, period: (home.period | fsPeriod: language()) } }}
            </p>
            <p class="counts">
              @for (state of states; track state) {
                <span [attr.data-state]="state"
                  ><strong>{{ home.planCounts[state] }}</strong>{{ 'homes.auditor.states.' + state | transloco }}</span
                >
              }
            </p>
            @if (home.plan.length === 0) {
              <p role="status">{{ 'homes.auditor.planEmpty' | transloco }}</p>
            } @else {
              <div class="scroll">
                <table class="plan">
                  <caption class="cdk-visually-hidden">{{ 'homes.auditor.plan' | transloco }}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'homes.standings.location' | transloco }}</th>
                      <th scope="col">{{ 'homes.auditor.region' | transloco }}</th>
                      <th scope="col">{{ 'homes.auditor.lastAudit' | transloco }}</th>
                      <th scope="col">{{ 'homes.auditor.dueSince' | transloco }}</th>
                      <th scope="col">{{ 'homes.auditor.state' | transloco }}</th>
                      <th scope="col"><span class="cdk-visually-hidden">{{ 'homes.auditor.actions' | transloco }}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of home.plan; track row.locationId) {
                      <tr [attr.data-state]="row.state" [attr.data-code]="row.locationCode">
                        <th scope="row"><span class="fs-code">{{ row.locationCode }}</span> {{ row.locationName }}</th>
                        <td>{{ row.regionName }}</td>
                        <td>{{ row.lastAuditAt ? (row.lastAuditAt | fsDateTime: language()) : ('homes.auditor.never' | transloco) }}</td>
                        <td>{{ row.dueAt | fsDateTime: language() }}</td>
                        <td><span class="state" [attr.data-state]="row.state">{{ 'homes.auditor.states.' + row.state | transloco }}</span></td>
                        <td>
                          <button
                            mat-stroked-button
                            type="button"
                            [disabled]="store.starting() !== null"
                            (click)="store.startAudit(row.locationId)"
                            [attr.aria-label]="'homes.auditor.startFor' | transloco: { location: row.locationCode }"
                          >
                            {{ (store.starting() === row.locationId ? 'homes.auditor.starting' : 'homes.auditor.start') | transloco }}
                          </button>
                          @if (startMessage(row.locationId); as message) {
                            <p class="failed" role="alert">{{ message.key | transloco: message.params }}</p>
                          }
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          </section>

          <section class="card" aria-labelledby="progress-heading" data-testid="audits-in-progress">
            <h2 id="progress-heading">{{ 'homes.auditor.inProgress' | transloco }}</h2>
            @if (home.auditsInProgress.length === 0) {
              <p class="quiet">{{ 'homes.auditor.inProgressEmpty' | transloco }}</p>
            } @else {
              <ul class="list">
                @for (audit of home.auditsInProgress; track audit.id) {
                  <li>
                    <a [routerLink]="['/audits', audit.id]"
                      ><span class="fs-code">{{ audit.locationCode }}</span> {{ audit.locationName }} ·
                      {{ audit.period | fsPeriod: language() }}</a
                    >
                    <span class="quiet">{{ 'audits.statuses.' + audit.status | transloco }}</span>
                  </li>
                }
              </ul>
            }
          </section>

          <section class="card" aria-labelledby="disputes-heading" data-testid="disputes-waiting">
            <h2 id="disputes-heading">{{ 'homes.auditor.disputes' | transloco }}</h2>
            @if (home.disputes.length === 0) {
              <p class="quiet">{{ 'homes.auditor.disputesEmpty' | transloco }}</p>
            } @else {
              <ul class="list">
                @for (dispute of home.disputes; track dispute.complaintId) {
                  <li>
                    <a [routerLink]="['/complaints', dispute.complaintId]"
                      ><span class="fs-code">{{ dispute.reference }}</span> ·
                      {{ 'complaints.categories.' + dispute.category | transloco }}</a
                    >
                    <span class="quiet"><span class="fs-code">{{ dispute.locationCode }}</span></span>
                  </li>
                }
              </ul>
            }
          </section>

          <section class="card wide" aria-labelledby="flagged-heading" data-testid="flagged-complaints">
            <h2 id="flagged-heading">{{ 'homes.auditor.flagged' | transloco }}</h2>
            <p class="quiet">{{ 'complaints.flag.notAJudgement' | transloco }}</p>
            @if (store.flaggedError()) {
              <p role="alert">{{ 'homes.auditor.flaggedFailed' | transloco }}</p>
            } @else if (store.flagged(); as flagged) {
              @if (flagged.length === 0) {
                <p class="quiet">{{ 'homes.auditor.flaggedEmpty' | transloco }}</p>
              } @else {
                <ul class="list">
                  @for (f of flagged; track f.id) {
                    <li [attr.data-reference]="f.reference">
                      <a [routerLink]="['/complaints', f.id]"
                        ><span class="fs-code">{{ f.reference }}</span> · <span class="fs-code">{{ f.locationCode }}</span></a
                      >
                      <span class="quiet">
                        @for (rule of f.rules; track rule) {
                          {{ 'complaints.flag.rules.' + rule | transloco }}
                        }
                        {{ 'homes.auditor.flaggedWith' | transloco: { count: f.relatedCount } }}
                      </span>
                    </li>
                  }
                </ul>
              }
            }
          </section>
        </div>
      }
    </fs-home-shell>
  `,
  styles: [
    HOME_STYLES,
    `
      .scroll {
        overflow-x: auto;
      }
      .plan {
        border-collapse: collapse;
        width: 100%;
      }
      .plan th,
      .plan td {
        padding: 6px 12px 6px 0;
        text-align: start;
        font-weight: normal;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .plan thead th {
        font: var(--mat-sys-label-large);
      }
      .state[data-state='overdue'] {
        color: var(--mat-sys-error);
        font-weight: 600;
      }
      .state[data-state='due'] {
        color: var(--fs-band-warning-on);
      }
      .failed {
        margin: 4px 0 0;
        color: var(--mat-sys-error);
      }
    `,
  ],
})
export class AuditorHome {
  protected readonly store = inject(AuditorHomeStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly states = ['overdue', 'due', 'ok'] as const;

  readonly #failed = computed(() => this.store.startFailed());
  protected startMessage(locationId: string) {
    const failed = this.#failed();
    return failed && failed.locationId === locationId
      ? actionMessage(failed.error, { conflict: 'audits.errors.noCases', notFound: 'audits.errors.locationNotFound' })
      : null;
  }
}
