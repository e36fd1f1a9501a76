import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Subject, catchError, interval, map, merge, of, scan, startWith, switchMap } from 'rxjs';
import { AlertsStore } from '../alerts/alerts-store';
import { DEFAULT_COMPLAINT_FILTERS } from '../complaints/complaint-filters';
import {
  ComplaintListEvent,
  INITIAL_COMPLAINT_LIST_STATE,
  reduceComplaintList,
} from '../complaints/complaint-list-state';
import { ComplaintsApi } from '../complaints/complaints-api';
import { byUrgency, needsAction } from '../complaints/running-clock';
import { toApiError } from '../http/api-error';

/** Handled complaints sort last on the server, so this page holds every open one but in a crowded hour. */
const PAGE_SIZE = 100;
/** A colleague's step raises no alert; this catches it up meanwhile. */
const REFRESH_MS = 60_000;

/**
 * "What needs me now": the open complaints of the user's scope, most urgent
 * first, asked again whenever an alert arrives (a new complaint, a missed
 * target), every minute, and on demand.
 */
@Injectable()
export class NowStore {
  readonly #api = inject(ComplaintsApi);
  readonly #alerts = inject(AlertsStore);
  readonly #retry = new Subject<void>();

  readonly #state = toSignal(
    merge(this.#alerts.arrivals, interval(REFRESH_MS), this.#retry).pipe(
      startWith(null),
      // switchMap: a newer answer replaces an older one still on its way.
      switchMap(() =>
        this.#api.list({ ...DEFAULT_COMPLAINT_FILTERS, sort: 'dueAt', pageSize: PAGE_SIZE }).pipe(
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

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly complaints = computed(() =>
    byUrgency((this.#state().page?.items ?? []).filter(needsAction)),
  );
  /** The page was full of open complaints: more may wait in the complaints list. */
  readonly more = computed(() => {
    const page = this.#state().page;
    return !!page && page.total > page.items.length && page.items.every(needsAction);
  });

  retry(): void {
    this.#retry.next();
  }
}
