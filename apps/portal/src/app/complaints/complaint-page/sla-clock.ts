import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SlaClockView } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { FigurePipe } from '../../ui/figure.pipe';
import { PluralPipe } from '../../ui/plural.pipe';
import { formatCountdown } from '../countdown';
import { SlaBadge } from '../sla-badge';

/** One SLA clock (acknowledge or resolve): its state, target, business minutes so far, and while it runs a live countdown. */
@Component({
  selector: 'fs-sla-clock',
  imports: [TranslocoPipe, DateTimePipe, FigurePipe, PluralPipe, SlaBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="clock" [attr.aria-labelledby]="headingId()">
      <h3 [id]="headingId()">{{ title() }}</h3>
      <fs-sla-badge [state]="clock().state" [attr.data-testid]="testId() + '-state'" />
      <dl>
        <dt>{{ 'complaints.clock.target' | transloco }}</dt>
        <dd>{{ ('complaints.clock.minutes' | fsPlural: clock().targetMinutes : language()) | transloco: { minutes: (clock().targetMinutes | fsFigure: language()) } }}</dd>
        @if (clock().elapsedMinutes !== null) {
          <dt>{{ 'complaints.clock.elapsed' | transloco }}</dt>
          <dd>{{ ('complaints.clock.minutes' | fsPlural: elapsed() : language()) | transloco: { minutes: (elapsed() | fsFigure: language()) } }}</dd>
        }
        @if (clock().dueAt; as dueAt) {
          <dt>{{ 'complaints.clock.due' | transloco }}</dt>
          <dd>
            <time [attr.datetime]="dueAt">{{ dueAt | fsDateTime: language() }}</time>
          </dd>
        }
      </dl>
      @if (countdown(); as countdown) {
        <!-- Not a live region: a voice reading every second would drown everything else. -->
        <p
          class="countdown"
          [class.overdue]="countdown.overdue"
          [attr.data-testid]="testId() + '-countdown'"
        >
          {{ countdown.key | transloco: countdown.params }}
        </p>
      }
    </section>
  `,
  styles: `
    .clock {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
      margin: 8px 0 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .countdown {
      margin: 8px 0 0;
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }
    .overdue {
      color: var(--mat-sys-error);
    }
  `,
})
export class SlaClock {
  readonly clock = input.required<SlaClockView>();
  readonly title = input.required<string>();
  readonly testId = input.required<string>();
  /** The current time in ms, ticking; the page owns the one timer. */
  readonly now = input.required<number>();
  readonly language = input.required<string>();

  protected readonly headingId = computed(() => `${this.testId()}-heading`);
  protected readonly elapsed = computed(() => Math.round(this.clock().elapsedMinutes ?? 0));
  /** Only a running clock counts down; a paused or stopped one has no due time that moves. */
  protected readonly countdown = computed(() => {
    const { state, dueAt } = this.clock();
    return state === 'running' && dueAt ? formatCountdown(dueAt, this.now()) : null;
  });
}
