import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, errorMessageKey } from '../http/api-error';
import { ErrorBanner } from '../ui/error-banner';

/** What every role's home shares around its sections: the heading, the progress bar, and the failure with its retry. */
@Component({
  selector: 'fs-home-shell',
  imports: [MatProgressBarModule, TranslocoPipe, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fs-page" aria-labelledby="home-heading" [attr.aria-busy]="loading()">
      <h1 id="home-heading">{{ heading() }}</h1>
      <div class="fs-progress">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'homes.loading' | transloco" />
        }
      </div>
      @if (error(); as error) {
        <fs-error-banner
          [title]="'homes.loadFailed' | transloco"
          [message]="errorMessageKey(error) | transloco"
          [retryLabel]="'errors.retry' | transloco"
          (retry)="retry.emit()"
        />
      } @else {
        <ng-content />
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class HomeShell {
  /** Translated by the caller. */
  readonly heading = input.required<string>();
  readonly loading = input.required<boolean>();
  readonly error = input.required<ApiError | null>();
  readonly retry = output();
  protected readonly errorMessageKey = errorMessageKey;
}
