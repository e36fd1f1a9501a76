import { Injectable, inject, signal } from '@angular/core';
import { CreateFranchisee, Franchisee, UpdateFranchisee } from '@franscore/domain';
import { pagedList, pendingAction } from '../../http/paged-list';
import { FranchiseesApi } from './franchisees-api';

/** The franchisees, creating and editing one; `done` names the last change for the status line. */
@Injectable()
export class FranchiseesStore {
  readonly #api = inject(FranchiseesApi);
  readonly #list = pagedList({ page: 1, pageSize: 50 }, (f) => this.#api.list(f.page, f.pageSize));
  readonly #action = pendingAction();
  readonly #done = signal<Franchisee | null>(null);

  readonly filters = this.#list.filters;
  readonly loading = this.#list.loading;
  readonly error = this.#list.error;
  readonly franchisees = this.#list.items;
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

  create(body: CreateFranchisee): Promise<Franchisee | null> {
    return this.#save(() => this.#api.create(body));
  }

  update(id: string, change: UpdateFranchisee): Promise<Franchisee | null> {
    return this.#save(() => this.#api.update(id, change));
  }

  async #save(request: () => ReturnType<FranchiseesApi['create']>): Promise<Franchisee | null> {
    this.#done.set(null);
    const saved = await this.#action.run(request);
    if (saved) {
      this.#done.set(saved);
      this.#list.retry();
    }
    return saved;
  }
}
