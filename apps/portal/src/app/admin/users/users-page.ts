import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ClipboardModule } from '@angular/cdk/clipboard';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ROLES, Role, User } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { Confirmer } from '../../ui/confirmer';
import { ListPage } from '../../ui/list-page/list-page';
import { labelOf } from '../org-choices';
import { searchTerm } from '../search-term';
import { USER_STATUS_FILTERS, UserStatusFilter } from './user-filters';
import { ScopeField, UserFormField, UserProblems, scopeFieldOf, scopeIdsOf, toCreateUser, toRoleChange } from './user-form';
import { UsersStore } from './users-store';

/** Users: who signs in with which role and scope; head office creates them, changes roles, resets passwords, ends sessions. */
@Component({
  selector: 'fs-users-page',
  imports: [
    ReactiveFormsModule,
    ClipboardModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    ListPage,
  ],
  providers: [UsersStore],
  templateUrl: './users-page.html',
  styleUrl: '../admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  protected readonly store = inject(UsersStore);
  readonly #confirmer = inject(Confirmer);
  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly roles = ROLES;
  protected readonly statuses = USER_STATUS_FILTERS;
  protected readonly columns = ['email', 'name', 'role', 'scope', 'status', 'actions'] as const;
  protected readonly copied = signal(false);
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  readonly #search = searchTerm(this.searchControl);

  protected readonly form = this.#fb.group({
    email: [''],
    displayName: [''],
    password: [''],
    role: this.#fb.control<Role>('location_staff'),
    regionIds: this.#fb.control<string[]>([]),
    franchiseeId: this.#fb.control<string | null>(null),
    locationId: this.#fb.control<string | null>(null),
  });
  readonly #role = toSignal(this.form.controls.role.valueChanges, { initialValue: this.form.controls.role.value });
  protected readonly scopeField = computed(() => scopeFieldOf(this.#role()));
  protected readonly problems = signal<UserProblems>({});

  /** The user whose role is being changed, and the editor's own form. */
  protected readonly editing = signal<User | null>(null);
  protected readonly roleForm = this.#fb.group({
    role: this.#fb.control<Role>('auditor'),
    regionIds: this.#fb.control<string[]>([]),
    franchiseeId: this.#fb.control<string | null>(null),
    locationId: this.#fb.control<string | null>(null),
  });
  readonly #editRole = toSignal(this.roleForm.controls.role.valueChanges, { initialValue: this.roleForm.controls.role.value });
  protected readonly editScopeField = computed(() => scopeFieldOf(this.#editRole()));
  protected readonly editMissing = signal<ScopeField | null>(null);
  readonly #injector = inject(Injector);
  private readonly editorHeading = viewChild<ElementRef<HTMLElement>>('editorHeading');

  constructor() {
    effect(() => {
      const search = this.#search();
      untracked(() => this.store.filter({ search }));
    });
  }

  protected readonly actionMessage = computed(() => {
    const error = this.store.actionError();
    return error ? actionMessage(error, { conflict: 'admin.users.lastAdmin' }) : null;
  });

  protected scopeOf(user: User): string {
    const { field, ids } = scopeIdsOf(user);
    const choices =
      field === 'regionIds' ? this.store.regions() : field === 'franchiseeId' ? this.store.franchisees() : this.store.locations();
    return ids.map((id) => labelOf(choices, id)).join(', ');
  }

  protected problem(field: UserFormField): string | null {
    return this.problems()[field] ?? null;
  }

  protected setRole(role: Role | null): void {
    this.store.filter({ role });
  }

  protected setStatus(status: UserStatusFilter | null): void {
    this.store.filter({ status });
  }

  protected async create(): Promise<void> {
    const result = toCreateUser(this.form.getRawValue());
    this.problems.set('problems' in result ? result.problems : {});
    if ('problems' in result) {
      for (const field of Object.keys(result.problems) as UserFormField[]) {
        this.form.controls[field].setErrors({ problem: true });
        this.form.controls[field].markAsTouched();
      }
      return;
    }
    if (await this.store.create(result.body)) {
      this.form.reset();
    }
  }

  protected edit(user: User): void {
    this.editMissing.set(null);
    this.roleForm.reset({ role: user.role, regionIds: user.regionIds, franchiseeId: user.franchiseeId, locationId: user.locationId });
    this.editing.set(user);
    // Where the keyboard and the screen reader go next: the editor that just opened.
    afterNextRender(() => this.editorHeading()?.nativeElement.focus(), { injector: this.#injector });
  }

  protected cancelEdit(): void {
    this.editing.set(null);
  }

  protected async saveRole(): Promise<void> {
    const user = this.editing();
    if (!user) return;
    const change = toRoleChange(this.roleForm.controls.role.value, this.roleForm.getRawValue());
    if ('missing' in change) {
      this.editMissing.set(change.missing);
      this.roleForm.controls[change.missing].setErrors({ required: true });
      this.roleForm.controls[change.missing].markAsTouched();
      return;
    }
    if (await this.store.update(user, change.body, 'admin.users.done.roleChanged')) this.editing.set(null);
  }

  protected async toggleActive(user: User): Promise<void> {
    const key = user.active ? 'admin.users.confirmDeactivate' : 'admin.users.confirmReactivate';
    if (!(await this.#confirmer.ask(key, { email: user.email }))) return;
    await this.store.update(user, { active: !user.active }, user.active ? 'admin.users.done.deactivated' : 'admin.users.done.reactivated');
  }

  protected async resetPassword(user: User): Promise<void> {
    if (!(await this.#confirmer.ask('admin.users.confirmReset', { email: user.email }))) return;
    this.copied.set(false);
    await this.store.resetPassword(user);
  }

  protected async endSessions(user: User): Promise<void> {
    if (!(await this.#confirmer.ask('admin.users.confirmEndSessions', { email: user.email }))) return;
    await this.store.endSessions(user);
  }
}
