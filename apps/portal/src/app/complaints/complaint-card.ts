import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ComplaintSummary } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from '../ui/date-time.pipe';
import { formatCountdown } from './countdown';
import { runningClock } from './running-clock';
import { SlaBadge } from './sla-badge';

/**
 * One complaint as a card for a phone: what it is about, where, and the clock
 * it is racing, counting down. The reference is the link, so a screen reader's
 * list of links reads one per complaint.
 */
@Component({
  selector: 'fs-complaint-card',
  imports: [RouterLink, TranslocoPipe, DateTimePipe, SlaBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = complaint();
    <article
      class="card"
      [attr.aria-labelledby]="'card-' + c.id"
      [attr.data-severity]="c.severity"
      [attr.data-testid]="'card-' + c.reference"
    >
      <header class="top">
        <a [id]="'card-' + c.id" class="reference" [routerLink]="['/complaints', c.id]">{{
          c.reference
        }}</a>
        <span class="severity">{{ 'complaints.severities.' + c.severity | transloco }}</span>
      </header>
      <p class="what">{{ 'complaints.categories.' + c.category | transloco }}</p>
      <p class="where">
        <span class="code">{{ c.locationCode }}</span> {{ c.locationName }} ·
        <time [attr.datetime]="c.receivedAt">{{ c.receivedAt | fsDateTime: language() }}</time>
      </p>
      <p class="clock">
        <span class="status">{{ 'complaints.statuses.' + c.status | transloco }}</span>
        @if (running(); as running) {
          <span class="clock-name">{{ 'complaints.card.' + running.name | transloco }}</span>
          @if (countdown(); as countdown) {
            <!-- Not live: a voice reading every second would drown everything else. -->
            <span
              class="countdown"
              [class.overdue]="countdown.overdue"
              data-testid="card-countdown"
              [attr.data-due]="running.clock.dueAt"
              >{{ countdown.key | transloco: countdown.params }}</span
            >
          } @else {
            <fs-sla-badge [state]="running.clock.state" />
          }
        }
      </p>
    </article>
  `,
  styles: `
    .card {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-inline-start: 4px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .card[data-severity='major'] {
      border-inline-start-color: var(--mat-sys-tertiary);
    }
    .card[data-severity='critical'] {
      border-inline-start-color: var(--mat-sys-error);
    }
    .top {
      display: flex;
      justify-content: space-between;
      gap: 8px;
    }
    .reference {
      font: var(--mat-sys-title-medium);
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
    .card[data-severity='critical'] .severity {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    p {
      margin: 4px 0 0;
      overflow-wrap: anywhere;
    }
    .where {
      color: var(--mat-sys-on-surface-variant);
    }
    .code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
    .clock {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
    }
    .status {
      font: var(--mat-sys-label-large);
    }
    .countdown {
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
    }
    .overdue {
      color: var(--mat-sys-error);
    }
  `,
})
export class ComplaintCard {
  readonly complaint = input.required<ComplaintSummary>();
  /** The current time in ms, ticking; the page owns the one timer. */
  readonly now = input.required<number>();
  readonly language = input.required<string>();

  protected readonly running = computed(() => runningClock(this.complaint()));
  /** A paused clock shows its state instead: its due time does not move toward anyone. */
  protected readonly countdown = computed(() => {
    const clock = this.running()?.clock;
    return clock?.dueAt && clock.state !== 'paused'
      ? formatCountdown(clock.dueAt, this.now())
      : null;
  });
}
