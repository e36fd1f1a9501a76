import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { interval, map } from 'rxjs';
import { AuthStore } from '../../auth/auth-store';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { Confirmer } from '../../ui/confirmer';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ErrorBanner } from '../../ui/error-banner';
import { PeriodPipe } from '../../ui/period.pipe';
import { ReviewStore } from '../review-store';
import { reviewPdfUrl } from '../reviews-api';
import { ReviewRow } from './review-row';

/** A regional manager's review session: one row per location, a decision each, then finish and the PDF. */
@Component({
  selector: 'fs-review-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateTimePipe,
    ErrorBanner,
    PeriodPipe,
    ReviewRow,
  ],
  providers: [ReviewStore],
  template: `
    <article class="fs-page" aria-labelledby="review-heading" [attr.aria-busy]="store.loading()">
      <a mat-button routerLink="/reviews" class="back">{{ 'reviews.backToList' | transloco }}</a>
      <div class="fs-progress">
        @if (store.loading()) {
          <mat-progress-bar
            mode="indeterminate"
            [attr.aria-label]="'reviews.loadingOne' | transloco"
          />
        }
      </div>
      @if (store.loadError(); as error) {
        <h1 id="review-heading">
          {{ (error.status === 404 ? 'reviews.notFound' : 'titles.review') | transloco }}
        </h1>
        @if (error.status !== 404) {
          <fs-error-banner
            [title]="'reviews.loadOneFailed' | transloco"
            [message]="errorMessageKey(error) | transloco"
            [retryLabel]="'errors.retry' | transloco"
            (retry)="store.retry()"
          />
        }
      }
      @if (store.review(); as review) {
        <h1 id="review-heading">
          {{
            'reviews.heading'
              | transloco
                : { region: review.regionName, period: (review.period | fsPeriod: language()) }
          }}
        </h1>
        <p class="meta" data-testid="review-status" [attr.data-status]="review.status">
          {{ 'reviews.statuses.' + review.status | transloco }} · {{ review.managerLabel }}
          @if (review.finishedAt) {
            ·
            <time [attr.datetime]="review.finishedAt">{{
              review.finishedAt | fsDateTime: language()
            }}</time>
          }
        </p>
        <div class="actions">
          <a mat-stroked-button [href]="pdfUrl()" download>{{ 'reviews.pdf' | transloco }}</a>
          @if (editable()) {
            <button type="button" matButton="filled" [disabled]="store.busy()" (click)="finish()">
              {{ 'reviews.finish' | transloco }}
            </button>
            @if (store.undecided() > 0) {
              <span>{{ 'reviews.undecided' | transloco: { count: store.undecided() } }}</span>
            }
          }
        </div>
        <div class="fs-outcome" role="status" aria-live="polite">
          @if (store.done()?.kind === 'finish') {
            {{ 'reviews.finished' | transloco }}
          }
        </div>
        <div class="fs-refusal" role="alert">
          @if (store.actionMessage(); as message) {
            {{ message.key | transloco: message.params }}
          }
        </div>
        <div class="rows">
          @for (location of review.locations; track location.locationId) {
            <fs-review-row
              [location]="location"
              [editable]="editable()"
              [language]="language()"
              [now]="now()"
            />
          }
        </div>
      }
    </article>
  `,
  styles: `
    .back {
      margin: 0 0 8px -12px;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin: 8px 0 16px;
    }
    .rows {
      display: grid;
      gap: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  protected readonly store = inject(ReviewStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #confirmer = inject(Confirmer);
  protected readonly errorMessageKey = errorMessageKey;

  /** The review id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly pdfUrl = computed(() => reviewPdfUrl(this.id()));
  /** Only the regional manager decides, and only while the review is open. */
  protected readonly editable = computed(
    () => this.#auth.user()?.role === 'regional_manager' && this.store.review()?.status === 'open',
  );
  protected readonly now = toSignal(interval(60_000).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.show(id));
    });
  }

  protected async finish(): Promise<void> {
    if (await this.#confirmer.ask('reviews.confirmFinish')) await this.store.finish();
  }
}
