import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, errorMessageKey } from '../../http/api-error';
import { EmptyState } from '../empty-state';
import { ErrorBanner } from '../error-banner';
import { PageRequest, listPageView } from './list-page-state';

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
    @if (error(); as error) {
      <fs-error-banner
        [title]="failedLabel()"
        [message]="messageKey(error) | transloco"
        [retryLabel]="'errors.retry' | transloco"
        (retry)="retry.emit()"
      />
    } @else {
      <div class="fs-table-scroll"><ng-content select="[fsListTable]" /></div>
      @if (view().empty) {
        <fs-empty-state [message]="emptyLabel()"
          ><ng-content select="[fsListEmpty]"
        /></fs-empty-state>
      }
      <mat-paginator
        [length]="total()"
        [pageIndex]="page() - 1"
        [pageSize]="pageSize()"
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
  readonly loading = input.required<boolean>();
  /** Another request of the page (an export): the progress bar shows, the list is not busy. */
  readonly working = input(false);
  readonly error = input.required<ApiError | null>();
  /** Whether this page of the list has no rows. */
  readonly empty = input.required<boolean>();
  readonly total = input.required<number>();
  /** 1-based, as the API counts. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly pageSizes = input.required<number[]>();
  readonly loadingLabel = input.required<string>();
  readonly failedLabel = input.required<string>();
  readonly emptyLabel = input.required<string>();
  /** The status line (how many there are); none when null. */
  readonly status = input<string | null>(null);
  readonly statusTestId = input<string | null>(null);

  readonly pageRequested = output<PageRequest>();
  readonly retry = output();

  protected readonly view = computed(() =>
    listPageView({
      loading: this.loading(),
      working: this.working(),
      failed: this.error() !== null,
      empty: this.empty(),
      total: this.total(),
    }),
  );
  protected readonly messageKey = errorMessageKey;

  protected showPage(event: PageEvent): void {
    this.pageRequested.emit({ pageIndex: event.pageIndex, pageSize: event.pageSize });
  }
}
