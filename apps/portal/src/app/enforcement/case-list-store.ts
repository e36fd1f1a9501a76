import { Injectable, inject } from '@angular/core';
import { EnforcementCase } from '@franscore/domain';
import { locationOptions, pagedList, pendingAction } from '../http/paged-list';
import { DEFAULT_CASE_FILTERS, changeCaseFilters } from './case-filters';
import { EnforcementApi } from './enforcement-api';

/** The enforcement cases of the user's scope, and issuing a warning by hand. */
@Injectable()
export class CaseListStore {
  readonly #api = inject(EnforcementApi);
  readonly #list = pagedList(DEFAULT_CASE_FILTERS, (filters) => this.#api.list(filters));
  readonly #issue = pendingAction();

  readonly filters = this.#list.filters;
  readonly loading = this.#list.loading;
  readonly error = this.#list.error;
  readonly cases = this.#list.items;
  readonly total = this.#list.total;
  readonly issuing = this.#issue.busy;
  readonly issueError = this.#issue.error;
  /** A failure only empties the location pickers; the list itself still works. */
  readonly locations = locationOptions();

  filter(change: Parameters<typeof changeCaseFilters>[1]): void {
    this.#list.update((filters) => changeCaseFilters(filters, change));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#list.showPage(pageIndex, pageSize);
  }

  retry(): void {
    this.#list.retry();
  }

  /** The new case, or null when refused (issueError says why: e.g. the location already has an open case). */
  issueWarning(locationId: string, reason: string): Promise<EnforcementCase | null> {
    return this.#issue.run(() => this.#api.issueWarning(locationId, reason.trim()));
  }
}
