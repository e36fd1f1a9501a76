import { Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { CreateLocation, ImportResult, Location, UpdateLocation } from '@franscore/domain';
import { Observable, catchError, of } from 'rxjs';
import { pagedList, pendingAction } from '../../http/paged-list';
import { Choice, OrgChoicesApi } from '../org-choices';
import { importProblems } from './import-report';
import { LocationAdminFilters, LocationsAdminApi } from './locations-admin-api';

export interface LocationOutcome {
  readonly key: string;
  readonly params: Record<string, string>;
}

/** Locations for head office: the list, creating, editing, closing, and the CSV import with its error report. */
@Injectable()
export class LocationsAdminStore {
  readonly #api = inject(LocationsAdminApi);
  readonly #choices = inject(OrgChoicesApi);
  readonly #list = pagedList<LocationAdminFilters, Location>({ search: '', page: 1, pageSize: 50 }, (f) => this.#api.list(f));
  readonly #action = pendingAction();
  readonly #import = pendingAction();
  readonly #outcome = signal<LocationOutcome | null>(null);
  readonly #imported = signal<ImportResult | null>(null);

  readonly filters = this.#list.filters;
  readonly loading = this.#list.loading;
  readonly error = this.#list.error;
  readonly locations = this.#list.items;
  readonly total = this.#list.total;
  readonly busy = this.#action.busy;
  readonly actionError = this.#action.error;
  readonly outcome = this.#outcome.asReadonly();
  readonly importing = this.#import.busy;
  readonly imported = this.#imported.asReadonly();
  /** The last import's bad cells by line and column (empty when it was not refused for its content). */
  readonly importProblems = computed(() => {
    const error = this.#import.error();
    return error?.status === 400 ? importProblems(error.body) : [];
  });
  /** Why the last import failed when it was not the file's content (network, rights, size). */
  readonly importError = computed(() => {
    const error = this.#import.error();
    return error && error.status !== 400 ? error : null;
  });
  readonly regions = this.#load(() => this.#choices.regions());
  readonly franchisees = this.#load(() => this.#choices.franchisees());

  search(search: string): void {
    this.#list.update((f) => ({ ...f, search, page: 1 }));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#list.showPage(pageIndex, pageSize);
  }

  retry(): void {
    this.#list.retry();
  }

  create(body: CreateLocation): Promise<Location | null> {
    return this.#run(() => this.#api.create(body), 'admin.locations.done.created');
  }

  update(id: string, change: UpdateLocation, key = 'admin.locations.done.updated'): Promise<Location | null> {
    return this.#run(() => this.#api.update(id, change), key);
  }

  async import(csv: string): Promise<boolean> {
    this.#imported.set(null);
    const result = await this.#import.run(() => this.#api.import(csv));
    this.#imported.set(result);
    if (result) this.#list.retry();
    return result !== null;
  }

  async #run(request: () => Observable<Location>, key: string): Promise<Location | null> {
    this.#outcome.set(null);
    const saved = await this.#action.run(request);
    if (saved) {
      this.#outcome.set({ key, params: { code: saved.code, name: saved.name } });
      this.#list.retry();
    }
    return saved;
  }

  #load(fetch: () => Observable<Choice[]>) {
    return toSignal(fetch().pipe(catchError(() => of<Choice[]>([]))), { initialValue: [] as Choice[] });
  }
}
