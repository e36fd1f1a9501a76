import { Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import {
  EMPTY,
  Observable,
  Subject,
  catchError,
  filter,
  firstValueFrom,
  map,
  merge,
  mergeMap,
  of,
  scan,
  tap,
} from 'rxjs';
import { Alert } from '@franscore/domain';
import { StreamStatus } from './alert-stream';
import { AlertsApi } from './alerts-api';
import { AlertsEvent, INITIAL_ALERTS_STATE, isNewAlert, reduceAlerts } from './alerts-state';

const TOAST_MS = 10_000;

/**
 * The signed-in user's alerts: the latest ones with the unread count, kept up to
 * date by the live stream. Provided by the shell, so the stream closes on sign-out.
 */
@Injectable()
export class AlertsStore {
  readonly #api = inject(AlertsApi);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);
  readonly #router = inject(Router);
  readonly #connection = signal<StreamStatus>('connecting');
  /** Events from the user's own actions (mark all read). */
  readonly #actions = new Subject<AlertsEvent>();
  readonly #arrivals = new Subject<Alert>();

  readonly #state = toSignal(
    merge(this.#list(), this.#live(), this.#actions).pipe(scan(reduceAlerts, INITIAL_ALERTS_STATE)),
    { initialValue: INITIAL_ALERTS_STATE },
  );

  readonly items = computed(() => this.#state().items);
  readonly unread = computed(() => this.#state().unread);
  readonly loaded = computed(() => this.#state().loaded);
  readonly connection = this.#connection.asReadonly();
  /** Each alert as it arrives live: pages showing complaints refresh on it. */
  readonly arrivals: Observable<Alert> = this.#arrivals.asObservable();

  async markAllRead(): Promise<boolean> {
    try {
      await firstValueFrom(this.#api.markAllRead(), { defaultValue: undefined });
      this.#actions.next({ type: 'allRead' });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Opening an alert: the server counts it and every older one as read; the
   * list is asked again for the count that leaves. Best effort: a failure
   * leaves the mark, never the user stuck.
   */
  async markReadThrough(alert: Alert): Promise<void> {
    try {
      await firstValueFrom(this.#api.markReadThrough(alert.id), { defaultValue: undefined });
      const list = await firstValueFrom(this.#api.list());
      this.#actions.next({ type: 'loaded', list });
    } catch {
      // The next list fetch (on reconnection) corrects the count.
    }
  }

  /** The list right away, whether or not the stream ever opens. */
  #list(): Observable<AlertsEvent> {
    return this.#api.list().pipe(
      map((list): AlertsEvent => ({ type: 'loaded', list })),
      catchError(() => EMPTY),
    );
  }

  /**
   * The stream, and the list fetched again each time the stream (re)opens:
   * alerts raised while it was down reach the list that way. A failed list
   * fetch leaves the last one in place; the next reconnection tries again.
   */
  #live(): Observable<AlertsEvent> {
    return this.#api.stream().pipe(
      tap((event) => {
        if (event.type === 'status') this.#connection.set(event.status);
      }),
      filter((event) => event.type === 'alert' || event.status === 'open'),
      mergeMap((event): Observable<AlertsEvent> => {
        if (event.type === 'alert') {
          // Side effect here, where each alert passes exactly once, rather than in an effect that could coalesce two.
          if (isNewAlert(this.#state(), event.alert)) this.#toast(event.alert);
          this.#arrivals.next(event.alert);
          return of<AlertsEvent>({ type: 'received', alert: event.alert });
        }
        return this.#list();
      }),
    );
  }

  /** Assertive: an alert is why staff keep the portal open, and a clock is running. */
  #toast(alert: Alert): void {
    const message = this.#transloco.translate(`alerts.kinds.${alert.kind}`, {
      reference: alert.reference,
      location: alert.locationCode,
      severity: this.#transloco.translate(`complaints.severities.${alert.severity}`),
    });
    const ref = this.#snackBar.open(message, this.#transloco.translate('alerts.open'), {
      duration: TOAST_MS,
      politeness: 'assertive',
    });
    void firstValueFrom(ref.onAction(), { defaultValue: null }).then((opened) => {
      if (opened === null) return;
      void this.markReadThrough(alert);
      return this.#router.navigate(['/complaints', alert.complaintId]);
    });
  }
}
