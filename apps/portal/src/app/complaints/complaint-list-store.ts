import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { toApiError } from '../http/api-error';
import {
  ComplaintFilterChange,
  ComplaintFilters,
  DEFAULT_COMPLAINT_FILTERS,
  changeComplaintFilters,
  changeComplaintPage,
  clearComplaintFilters,
  complaintExportUrl,
  hasComplaintFilters,
} from './complaint-filters';
import {
  ComplaintListEvent,
  INITIAL_COMPLAINT_LIST_STATE,
  reduceComplaintList,
} from './complaint-list-state';
import { ComplaintsApi } from './complaints-api';

/**
 * The complaints list: filters in, the matching page out. Provided on the
 * complaints route, so the filters survive a visit to a complaint and back.
 */
@Injectable()
export class ComplaintListStore {
  readonly #api = inject(ComplaintsApi);
  readonly #filters = signal<ComplaintFilters>(DEFAULT_COMPLAINT_FILTERS);
  readonly #attempt = signal(0);

  readonly #state = toSignal(
    toObservable(computed(() => ({ filters: this.#filters(), attempt: this.#attempt() }))).pipe(
      // switchMap: a newer query cancels the answer to an older one, so rows never arrive out of order.
      switchMap(({ filters }) =>
        this.#api.list(filters).pipe(
          map((page): ComplaintListEvent => ({ type: 'loaded', page })),
          catchError((error: unknown) =>
            of<ComplaintListEvent>({ type: 'failed', error: toApiError(error) }),
          ),
          startWith<ComplaintListEvent>({ type: 'loading' }),
        ),
      ),
      scan(reduceComplaintList, INITIAL_COMPLAINT_LIST_STATE),
    ),
    { initialValue: INITIAL_COMPLAINT_LIST_STATE },
  );

  readonly filters = this.#filters.asReadonly();
  readonly filtered = computed(() => hasComplaintFilters(this.#filters()));
  readonly exportUrl = computed(() => complaintExportUrl(this.#filters()));
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly complaints = computed(() => this.#state().page?.items ?? []);
  readonly total = computed(() => this.#state().page?.total ?? 0);
  /** A failure here only empties the location filter; the list itself still works. */
  readonly locations = toSignal(this.#api.locationOptions().pipe(catchError(() => of([]))), {
    initialValue: [],
  });

  filter(change: ComplaintFilterChange): void {
    this.#filters.update((filters) => changeComplaintFilters(filters, change));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#filters.update((filters) => changeComplaintPage(filters, pageIndex, pageSize));
  }

  clearFilters(): void {
    this.#filters.update(clearComplaintFilters);
  }

  /** Also how the list catches up after a complaint was handled elsewhere. */
  retry(): void {
    this.#attempt.update((n) => n + 1);
  }
}
