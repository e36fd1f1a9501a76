import { Injectable, inject, signal } from '@angular/core';
import { CreateRegion, Region, UpdateRegion } from '@franscore/domain';
import { pagedList, pendingAction } from '../../http/paged-list';
import { RegionsApi } from './regions-api';

/** The regions, creating and editing one; `done` names the last change for the status line. */
@Injectable()
export class RegionsStore {
  readonly #api = inject(RegionsApi);
  readonly #list = pagedList({ page: 1, pageSize: 50 }, (f) => this.#api.list(f.page, f.pageSize));
  readonly #action = pendingAction();
  readonly #done = signal<Region | null>(null);

  readonly filters = this.#list.filters;
  readonly loading = this.#list.loading;
  readonly error = this.#list.error;
  readonly regions = this.#list.items;
  readonly total = this.#list.total;
  readonly busy = this.#action.busy;
  readonly actionError = this.#action.error;
  readonly done = this.#done.asReadonly();

  showPage(pageIndex: number, pageSize: number): void {
    this.#list.showPage(pageIndex, pageSize);
  }

  retry(): void {
    this.#list.retry();
  }

  create(body: CreateRegion): Promise<Region | null> {
    return this.#save(() => this.#api.create(body));
  }

  update(id: string, change: UpdateRegion): Promise<Region | null> {
    return this.#save(() => this.#api.update(id, change));
  }

  async #save(request: () => ReturnType<RegionsApi['create']>): Promise<Region | null> {
    this.#done.set(null);
    const saved = await this.#action.run(request);
    if (saved) {
      this.#done.set(saved);
      this.#list.retry();
    }
    return saved;
  }
}
