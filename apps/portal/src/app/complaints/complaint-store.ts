import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ComplaintDetail, FileDispute, RecordEvent, Recover, RuleDispute } from '@franscore/domain';
import {
  Observable,
  Subject,
  catchError,
  filter,
  firstValueFrom,
  map,
  merge,
  of,
  scan,
  startWith,
  switchMap,
} from 'rxjs';
import { toApiError } from '../http/api-error';
import { ComplaintsApi } from './complaints-api';
import {
  ComplaintAction,
  ComplaintEvent,
  INITIAL_COMPLAINT_STATE,
  reduceComplaint,
} from './complaint-state';

/** One complaint: its details, and the handling steps, disputes and rulings recorded on it. */
@Injectable()
export class ComplaintStore {
  readonly #api = inject(ComplaintsApi);
  readonly #id = signal<string | null>(null);
  readonly #attempt = signal(0);
  /** Outcomes of the user's actions, folded into the same state as the loads. */
  readonly #actions = new Subject<ComplaintEvent>();

  readonly #state = toSignal(
    merge(
      toObservable(computed(() => ({ id: this.#id(), attempt: this.#attempt() }))).pipe(
        filter((query): query is { id: string; attempt: number } => query.id !== null),
        switchMap(({ id }) =>
          this.#api.get(id).pipe(
            map((complaint): ComplaintEvent => ({ type: 'loaded', complaint })),
            catchError((error: unknown) =>
              of<ComplaintEvent>({ type: 'loadFailed', error: toApiError(error) }),
            ),
            startWith<ComplaintEvent>({ type: 'loading', id }),
          ),
        ),
      ),
      this.#actions,
    ).pipe(scan(reduceComplaint, INITIAL_COMPLAINT_STATE)),
    { initialValue: INITIAL_COMPLAINT_STATE },
  );

  readonly loading = computed(() => this.#state().loading);
  readonly complaint = computed(() => this.#state().complaint);
  readonly loadError = computed(() => this.#state().loadError);
  readonly pending = computed(() => this.#state().pending);
  readonly busy = computed(() => this.#state().pending !== null);
  readonly actionError = computed(() => this.#state().actionError);
  readonly done = computed(() => this.#state().done);

  show(id: string): void {
    this.#id.set(id);
  }

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** Each resolves true when the server took it, so a form knows to clear itself. */
  record(event: RecordEvent): Promise<boolean> {
    return this.#act({ kind: 'step', step: event.type }, (id) => this.#api.recordEvent(id, event));
  }

  /** Announced as the apology: the step the recovery is about. */
  recover(recovery: Recover): Promise<boolean> {
    return this.#act({ kind: 'step', step: 'apologized' }, (id) => this.#api.recover(id, recovery));
  }

  fileDispute(dispute: FileDispute): Promise<boolean> {
    return this.#act({ kind: 'dispute' }, (id) => this.#api.fileDispute(id, dispute));
  }

  ruleDispute(ruling: RuleDispute): Promise<boolean> {
    return this.#act({ kind: 'ruling' }, (id) => this.#api.ruleDispute(id, ruling));
  }

  async #act(
    action: ComplaintAction,
    call: (id: string) => Observable<ComplaintDetail>,
  ): Promise<boolean> {
    const id = this.#id();
    if (!id || this.busy()) return false;
    this.#actions.next({ type: 'acting', action });
    try {
      const complaint = await firstValueFrom(call(id));
      this.#actions.next({ type: 'acted', action, complaint });
      return true;
    } catch (error) {
      const apiError = toApiError(error);
      this.#actions.next({ type: 'actionFailed', error: apiError });
      // A refusal means someone else moved the case on: show what the server has now.
      if (apiError.status === 409) await this.#refresh(id);
      return false;
    }
  }

  async #refresh(id: string): Promise<void> {
    try {
      this.#actions.next({ type: 'refreshed', complaint: await firstValueFrom(this.#api.get(id)) });
    } catch {
      // The refusal is already on screen; the old buttons stay until the next load.
    }
  }
}
