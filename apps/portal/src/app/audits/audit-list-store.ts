import { Injectable, inject } from '@angular/core';
import { Audit } from '@franscore/domain';
import { locationOptions, pagedList, pendingAction } from '../http/paged-list';
import { DEFAULT_AUDIT_FILTERS, changeAuditFilters } from './audit-filters';
import { AuditsApi, OpenAuditRequest } from './audits-api';

/** The audits of the user's scope, and opening a new one. */
@Injectable()
export class AuditListStore {
  readonly #api = inject(AuditsApi);
  readonly #list = pagedList(DEFAULT_AUDIT_FILTERS, (filters) => this.#api.list(filters));
  readonly #open = pendingAction();

  readonly filters = this.#list.filters;
  readonly loading = this.#list.loading;
  readonly error = this.#list.error;
  readonly audits = this.#list.items;
  readonly total = this.#list.total;
  readonly opening = this.#open.busy;
  readonly openError = this.#open.error;
  /** The locations to audit. */
  readonly locations = locationOptions();

  filter(change: Parameters<typeof changeAuditFilters>[1]): void {
    this.#list.update((filters) => changeAuditFilters(filters, change));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#list.showPage(pageIndex, pageSize);
  }

  retry(): void {
    this.#list.retry();
  }

  /** The new audit, or null when refused (openError says why). */
  open(request: OpenAuditRequest): Promise<Audit | null> {
    return this.#open.run(() => this.#api.open(request));
  }
}
