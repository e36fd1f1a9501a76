import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A quiet message where a list has nothing to show; `status` so screen readers hear it. */
@Component({
  selector: 'fs-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="empty" role="status">{{ message() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding: 32px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 0 0 8px;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class EmptyState {
  readonly message = input.required<string>();
}
