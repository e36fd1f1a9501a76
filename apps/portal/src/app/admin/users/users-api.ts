import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateUser,
  Page,
  PasswordReset,
  PasswordResetSchema,
  SessionsEnded,
  SessionsEndedSchema,
  UpdateUser,
  User,
  UserListSchema,
  UserSchema,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { UserFilters, toUserParams } from './user-filters';

/** Admins only: the people who sign in, their roles and scopes, passwords and sessions. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  readonly #http = inject(HttpClient);

  list(filters: UserFilters): Observable<Page<User>> {
    return this.#http.get<unknown>('/api/users', { params: toUserParams(filters) }).pipe(map((b) => UserListSchema.parse(b)));
  }

  create(user: CreateUser): Observable<User> {
    return this.#http.post<unknown>('/api/users', user).pipe(map((b) => UserSchema.parse(b)));
  }

  update(id: string, change: UpdateUser): Observable<User> {
    return this.#http.patch<unknown>(`/api/users/${encodeURIComponent(id)}`, change).pipe(map((b) => UserSchema.parse(b)));
  }

  /** The answer carries the temporary password: the only time anyone sees it. */
  resetPassword(id: string): Observable<PasswordReset> {
    return this.#http
      .post<unknown>(`/api/users/${encodeURIComponent(id)}/reset-password`, {})
      .pipe(map((b) => PasswordResetSchema.parse(b)));
  }

  endSessions(id: string): Observable<SessionsEnded> {
    return this.#http
      .post<unknown>(`/api/users/${encodeURIComponent(id)}/end-sessions`, {})
      .pipe(map((b) => SessionsEndedSchema.parse(b)));
  }
}
