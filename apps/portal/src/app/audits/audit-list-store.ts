import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Audit } from '@franscore/domain';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';
import { remoteSignal } from '../http/remote-signal';
import { NetworkApi } from '../network/network-api';
import { AuditFilters, DEFAULT_AUDIT_FILTERS, changeAuditFilters } from './audit-filters';
import { AuditsApi, OpenAuditRequest } from './audits-api';

/** The audits of the user's scope, and opening a new one. */
@Injectable()
export class AuditListStore {
  readonly #api = inject(AuditsApi);
  readonly #filters = signal<AuditFilters>(DEFAULT_AUDIT_FILTERS);
  readonly #attempt = signal(0);
  readonly #opening = signal(false);
  readonly #openError = signal<ApiError | null>(null);
  readonly #state = remoteSignal(
    toObservable(computed(() => ({ filters: this.#filters(), attempt: this.#attempt() }))),
    ({ filters }) => this.#api.list(filters),
  );

  readonly filters = this.#filters.asReadonly();
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly audits = computed(() => this.#state().value?.items ?? []);
  readonly total = computed(() => this.#state().value?.total ?? 0);
  readonly opening = this.#opening.asReadonly();
  readonly openError = this.#openError.asReadonly();
  /** The locations to audit, in code order; a failure only empties the picker. */
  readonly locations = toSignal(
    inject(NetworkApi)
      .listLocations({
        search: '',
        regionId: null,
        status: null,
        sort: 'code',
        page: 1,
        pageSize: 200,
      })
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  filter(change: Parameters<typeof changeAuditFilters>[1]): void {
    this.#filters.update((filters) => changeAuditFilters(filters, change));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#filters.update((filters) => ({ ...filters, page: pageIndex + 1, pageSize }));
  }

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  /** The new audit, or null when refused (openError says why). */
  async open(request: OpenAuditRequest): Promise<Audit | null> {
    if (this.#opening()) return null;
    this.#opening.set(true);
    this.#openError.set(null);
    try {
      return await firstValueFrom(this.#api.open(request));
    } catch (error) {
      this.#openError.set(toApiError(error));
      return null;
    } finally {
      this.#opening.set(false);
    }
  }
}
