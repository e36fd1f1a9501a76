import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { SlaState } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';

/** An SLA clock's state in words and colour; the words carry the meaning, the colour only repeats it. */
@Component({
  selector: 'fs-sla-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-state]="state()">{{
    'complaints.sla.' + state() | transloco
  }}</span>`,
  styles: `
    .badge {
      display: inline-block;
      padding: 2px 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
    }
    .badge[data-state='met'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .badge[data-state='paused'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .badge[data-state='breached'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class SlaBadge {
  readonly state = input.required<SlaState>();
}
