import { Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AuditFacets, AuditVerify } from '@franscore/domain';
import { catchError, of } from 'rxjs';
import { pagedList, pendingAction } from '../http/paged-list';
import { AuditLogApi } from './audit-log-api';
import { AuditLogFilterChange, DEFAULT_AUDIT_LOG_FILTERS, actionGroups, changeAuditLogFilters } from './audit-log-filters';

/** The audit log with its filters, which entry is opened, and the last chain verification. */
@Injectable()
export class AuditLogStore {
  readonly #api = inject(AuditLogApi);
  readonly #list = pagedList(DEFAULT_AUDIT_LOG_FILTERS, (filters) => this.#api.list(filters));
  readonly #verify = pendingAction();
  readonly #verified = signal<AuditVerify | null>(null);
  readonly #opened = signal<number | null>(null);
  readonly #facets = toSignal(this.#api.facets().pipe(catchError(() => of<AuditFacets>({ actions: [], entityTypes: [] }))), {
    initialValue: { actions: [], entityTypes: [] } as AuditFacets,
  });

  readonly filters = this.#list.filters;
  readonly loading = this.#list.loading;
  readonly error = this.#list.error;
  readonly entries = this.#list.items;
  readonly total = this.#list.total;
  readonly verifying = this.#verify.busy;
  readonly verifyError = this.#verify.error;
  readonly verified = this.#verified.asReadonly();
  /** The sequence number of the entry whose before/after is shown. */
  readonly opened = this.#opened.asReadonly();
  readonly actions = computed(() => this.#facets().actions);
  readonly actionGroups = computed(() => actionGroups(this.#facets().actions));
  readonly entityTypes = computed(() => this.#facets().entityTypes);

  filter(change: AuditLogFilterChange): void {
    this.#opened.set(null);
    this.#list.update((f) => changeAuditLogFilters(f, change));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#opened.set(null);
    this.#list.showPage(pageIndex, pageSize);
  }

  retry(): void {
    this.#list.retry();
  }

  toggle(seq: number): void {
    this.#opened.update((open) => (open === seq ? null : seq));
  }

  async verify(): Promise<void> {
    this.#verified.set(null);
    this.#verified.set(await this.#verify.run(() => this.#api.verify()));
  }
}
