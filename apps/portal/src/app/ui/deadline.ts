import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from './date-time.pipe';
import { daysLeft } from './days-left';

/** A deadline: the moment, and whole days left or overdue in words. */
@Component({
  selector: 'fs-deadline',
  imports: [TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <time [attr.datetime]="dueAt()">{{ dueAt() | fsDateTime: language() }}</time>
    @if (left(); as left) {
      <span class="left" [class.overdue]="left.overdue">{{
        left.key | transloco: left.params
      }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 4px 8px;
    }
    .left {
      font: var(--mat-sys-label-large);
    }
    .overdue {
      color: var(--mat-sys-error);
    }
  `,
})
export class Deadline {
  readonly dueAt = input.required<string>();
  readonly now = input.required<number>();
  readonly language = input.required<string>();
  protected readonly left = computed(() => daysLeft(this.dueAt(), this.now()));
}
