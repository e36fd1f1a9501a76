import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { interval, map } from 'rxjs';
import { ComplaintCard } from '../complaints/complaint-card';
import { errorMessageKey } from '../http/api-error';
import { LanguageStore } from '../i18n/language-store';
import { EmptyState } from '../ui/empty-state';
import { ErrorBanner } from '../ui/error-banner';
import { NowStore } from './now-store';

/** Countdowns move once a second; one timer for the page, read by every card. */
const TICK_MS = 1000;

/** The staff home: open complaints, the one whose clock runs out first on top. */
@Component({
  selector: 'fs-now-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    ComplaintCard,
    EmptyState,
    ErrorBanner,
  ],
  providers: [NowStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fs-page" aria-labelledby="now-heading" [attr.aria-busy]="store.loading()">
      <h1 id="now-heading">{{ 'now.heading' | transloco }}</h1>
      <p class="lead">{{ 'now.lead' | transloco }}</p>
      <!-- Polite: the count changes when a complaint arrives or is handled, not every second. -->
      <p
        class="count"
        aria-live="polite"
        data-testid="now-count"
        [attr.data-count]="store.loading() ? null : store.complaints().length"
      >
        {{ 'now.count' | transloco: { count: store.complaints().length } }}
      </p>
      <div class="fs-progress">
        @if (store.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'now.loading' | transloco" />
        }
      </div>
      @if (store.error(); as error) {
        <fs-error-banner
          [title]="'now.loadFailed' | transloco"
          [message]="errorMessageKey(error) | transloco"
          [retryLabel]="'errors.retry' | transloco"
          (retry)="store.retry()"
        />
      } @else if (!store.loading() && store.complaints().length === 0) {
        <fs-empty-state [message]="'now.empty' | transloco" />
      } @else {
        <ol class="cards" data-testid="now-list" [attr.aria-label]="'now.listLabel' | transloco">
          @for (complaint of store.complaints(); track complaint.id) {
            <li>
              <fs-complaint-card [complaint]="complaint" [now]="now()" [language]="language()" />
            </li>
          }
        </ol>
        @if (store.more()) {
          <p class="more">
            <a routerLink="/complaints">{{ 'now.more' | transloco }}</a>
          </p>
        }
      }
    </section>
  `,
  styles: `
    .lead {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .count {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .more {
      margin: 16px 0 0;
    }
    @media (max-width: 899.98px) {
      .fs-page {
        padding: 16px 12px;
      }
    }
  `,
})
export class NowPage {
  protected readonly store = inject(NowStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly now = toSignal(interval(TICK_MS).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });
}
