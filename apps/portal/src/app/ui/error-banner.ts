import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** A failure the user can retry. Texts come translated from the caller. */
@Component({
  selector: 'fs-error-banner',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="banner" role="alert">
      <p class="text">
        <strong>{{ title() }}</strong>
        {{ message() }}
      </p>
      <button mat-stroked-button type="button" (click)="retry.emit()">{{ retryLabel() }}</button>
    </div>
  `,
  styles: `
    .banner {
      display: flex;
      align-items: center;
      gap: 16px;
      flex-wrap: wrap;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .text {
      margin: 0;
      flex: 1;
    }
  `,
})
export class ErrorBanner {
  readonly title = input.required<string>();
  readonly message = input.required<string>();
  readonly retryLabel = input.required<string>();
  readonly retry = output();
}
