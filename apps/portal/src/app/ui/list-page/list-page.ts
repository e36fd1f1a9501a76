import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey } from '../../http/api-error';
import { EmptyState } from '../empty-state';
import { ErrorBanner } from '../error-banner';
import {
  DEFAULT_PAGE_SIZES,
  ListSource,
  PageRequest,
  isPaged,
  listPageView,
  shownPage,
} from './list-page-state';

/**
 * The frame every filtered, paged list page shares: busy while loading, a progress bar, a failure with retry in
 * place of the table, the empty state and the paginator. It is the page's region, as the `<section>` it replaces
 * was: give it `aria-labelledby` with the id of the page's heading.
 * The page projects its heading and filters (default slot), notes under the status line (`fsListNotes`),
 * its table (`fsListTable`: a horizontally scrolling box holds it) and what the empty state offers (`fsListEmpty`).
 * Labels come translated from the page.
 */
@Component({
  selector: 'fs-list-page',
  imports: [MatPaginatorModule, MatProgressBarModule, TranslocoPipe, EmptyState, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'region', '[attr.aria-busy]': 'view().busy' },
  template: `
    <ng-content />
    @if (status(); as status) {
      <p
        class="status"
        [attr.data-testid]="statusTestId()"
        [attr.data-total]="view().settledTotal"
        aria-live="polite"
      >
        {{ status }}
      </p>
    }
    <ng-content select="[fsListNotes]" />
    <div class="fs-progress">
      @if (view().progress) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="loadingLabel()" />
      }
    </div>
    @if (list().error(); as error) {
      <fs-error-banner
        [title]="failedLabel()"
        [message]="messageKey(error) | transloco"
        [retryLabel]="'errors.retry' | transloco"
        (retry)="list().retry()"
      />
    } @else {
      <div class="fs-table-scroll"><ng-content select="[fsListTable]" /></div>
      @if (view().empty) {
        <fs-empty-state [message]="emptyLabel()"
          ><ng-content select="[fsListEmpty]"
        /></fs-empty-state>
      }
      <mat-paginator
        [length]="list().total()"
        [pageIndex]="shown().page - 1"
        [pageSize]="shown().pageSize"
        [pageSizeOptions]="pageSizes()"
        showFirstLastButtons
        (page)="showPage($event)"
      />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .status {
      margin: 8px 0;
      font: var(--mat-sys-title-small);
    }
  `,
})
export class ListPage {
  /** The page's store: its loading, failure, total and retry, and its page when it keeps one. */
  readonly list = input.required<ListSource>();
  /** Another request of the page (an export): the progress bar shows, the list is not busy. */
  readonly working = input(false);
  /** Whether this page of the list has no rows. */
  readonly empty = input.required<boolean>();
  /** For a list paged through the URL (1-based, as the API counts); a store that keeps its page needs neither. */
  readonly page = input<number>();
  readonly pageSize = input<number>();
  readonly pageSizes = input(DEFAULT_PAGE_SIZES);
  readonly loadingLabel = input.required<string>();
  readonly failedLabel = input.required<string>();
  readonly emptyLabel = input.required<string>();
  /** The status line (how many there are); none when null. */
  readonly status = input<string | null>(null);
  readonly statusTestId = input<string | null>(null);

  /** Every page change; a store that keeps its page has already been told. */
  readonly pageRequested = output<PageRequest>();

  protected readonly view = computed(() =>
    listPageView({
      loading: this.list().loading(),
      working: this.working(),
      failed: this.list().error() !== null,
      empty: this.empty(),
      total: this.list().total(),
    }),
  );
  protected readonly shown = computed(() => {
    const list = this.list();
    return shownPage(isPaged(list) ? list.filters() : null, this.page(), this.pageSize());
  });
  protected readonly messageKey = errorMessageKey;

  protected showPage(event: PageEvent): void {
    const list = this.list();
    if (isPaged(list)) list.showPage(event.pageIndex, event.pageSize);
    this.pageRequested.emit({ pageIndex: event.pageIndex, pageSize: event.pageSize });
  }
}
