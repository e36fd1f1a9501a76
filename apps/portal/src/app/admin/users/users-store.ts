import { Injectable, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { CreateUser, PasswordReset, UpdateUser, User } from '@franscore/domain';
import { Observable, catchError, of } from 'rxjs';
import { pagedList, pendingAction } from '../../http/paged-list';
import { Choice, OrgChoicesApi } from '../org-choices';
import { DEFAULT_USER_FILTERS, UserFilters, changeUserFilters } from './user-filters';
import { UsersApi } from './users-api';

/** What happened last, for the status line: which action on whom. */
export interface UserOutcome {
  readonly key: string;
  readonly params: Record<string, string>;
}

/** The users list with its filters; creating, changing role, (de)activating, resetting passwords, ending sessions. */
@Injectable()
export class UsersStore {
  readonly #api = inject(UsersApi);
  readonly #choices = inject(OrgChoicesApi);
  readonly #list = pagedList(DEFAULT_USER_FILTERS, (filters) => this.#api.list(filters));
  readonly #action = pendingAction();
  readonly #reset = signal<PasswordReset | null>(null);
  readonly #outcome = signal<UserOutcome | null>(null);

  readonly filters = this.#list.filters;
  readonly loading = this.#list.loading;
  readonly error = this.#list.error;
  readonly users = this.#list.items;
  readonly total = this.#list.total;
  readonly busy = this.#action.busy;
  readonly actionError = this.#action.error;
  /** The temporary password just issued: in memory only, gone when dismissed or the page is left. */
  readonly reset = this.#reset.asReadonly();
  readonly outcome = this.#outcome.asReadonly();
  readonly regions = this.#load(() => this.#choices.regions());
  readonly franchisees = this.#load(() => this.#choices.franchisees());
  readonly locations = this.#load(() => this.#choices.locations());

  filter(change: Partial<Pick<UserFilters, 'search' | 'role' | 'status'>>): void {
    this.#list.update((f) => changeUserFilters(f, change));
  }

  showPage(pageIndex: number, pageSize: number): void {
    this.#list.showPage(pageIndex, pageSize);
  }

  retry(): void {
    this.#list.retry();
  }

  dismissReset(): void {
    this.#reset.set(null);
  }

  create(body: CreateUser): Promise<User | null> {
    return this.#run(() => this.#api.create(body), (u) => ({ key: 'admin.users.done.created', params: { email: u.email } }));
  }

  update(user: User, change: UpdateUser, key: string): Promise<User | null> {
    return this.#run(() => this.#api.update(user.id, change), () => ({ key, params: { email: user.email } }));
  }

  async resetPassword(user: User): Promise<boolean> {
    const answer = await this.#run(() => this.#api.resetPassword(user.id), () => ({ key: 'admin.users.done.reset', params: { email: user.email } }));
    this.#reset.set(answer);
    return answer !== null;
  }

  async endSessions(user: User): Promise<boolean> {
    const answer = await this.#run(
      () => this.#api.endSessions(user.id),
      (a) => ({ key: 'admin.users.done.sessionsEnded', params: { email: user.email, count: String(a.sessionsEnded) } }),
    );
    return answer !== null;
  }

  async #run<T>(request: () => Observable<T>, outcome: (answer: T) => UserOutcome): Promise<T | null> {
    this.#outcome.set(null);
    const answer = await this.#action.run(request);
    if (answer !== null) {
      this.#outcome.set(outcome(answer));
      this.#list.retry();
    }
    return answer;
  }

  #load(fetch: () => Observable<Choice[]>) {
    return toSignal(fetch().pipe(catchError(() => of<Choice[]>([]))), { initialValue: [] as Choice[] });
  }
}
