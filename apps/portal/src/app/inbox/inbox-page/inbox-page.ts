import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { interval, map } from 'rxjs';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { Deadline } from '../../ui/deadline';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { formatPeriod, isPeriod } from '../../ui/period';
import { LinkTarget, inboxLabelKey, linkTarget } from '../inbox-item';
import { InboxStore } from '../inbox-store';

/** Days left change slowly; a minute is often enough. */
const TICK_MS = 60_000;

@Component({
  selector: 'fs-inbox-page',
  imports: [RouterLink, MatProgressBarModule, TranslocoPipe, Deadline, EmptyState, ErrorBanner],
  providers: [InboxStore],
  template: `
    <section class="fs-page" aria-labelledby="inbox-heading" [attr.aria-busy]="store.loading()">
      <h1 id="inbox-heading">{{ 'inbox.heading' | transloco }}</h1>
      <div class="fs-progress">
        @if (store.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'inbox.loading' | transloco" />
        }
      </div>
      @if (store.error(); as error) {
        <fs-error-banner
          [title]="'inbox.loadFailed' | transloco"
          [message]="errorMessageKey(error) | transloco"
          [retryLabel]="'errors.retry' | transloco"
          (retry)="store.retry()"
        />
      } @else if (!store.loading() && store.items().length === 0) {
        <fs-empty-state [message]="'inbox.empty' | transloco" />
      } @else {
        <ul class="items" data-testid="inbox">
          @for (item of store.items(); track $index) {
            @let target = linkTarget(item.link);
            <li class="item" [attr.data-kind]="item.kind">
              <a [routerLink]="target.path" [queryParams]="target.queryParams" class="label">
                @if (labelKey(item.kind); as key) {
                  {{
                    key
                      | transloco
                        : {
                            location: item.locationCode ?? '',
                            period: periodOf(target),
                          }
                  }}
                } @else {
                  {{ item.text }}
                }
              </a>
              @if (item.due) {
                <fs-deadline [dueAt]="item.due" [now]="now()" [language]="language()" />
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .items {
      display: grid;
      gap: 8px;
      max-width: 760px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .label {
      font: var(--mat-sys-title-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxPage {
  protected readonly store = inject(InboxStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly labelKey = inboxLabelKey;
  protected readonly linkTarget = linkTarget;

  /** The period a link points at (`/scorecards?period=2026-10`), in words; empty when none. */
  protected periodOf(target: LinkTarget): string {
    const period = target.queryParams['period'];
    return isPeriod(period) ? formatPeriod(period, this.language()) : '';
  }
  protected readonly now = toSignal(interval(TICK_MS).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });
}
