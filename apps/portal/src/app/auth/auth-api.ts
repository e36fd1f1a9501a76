import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Login, Me, MeSchema } from '@franscore/domain';
import { Observable, map } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  readonly #http = inject(HttpClient);

  login(credentials: Login): Observable<Me> {
    return this.#http
      .post<unknown>('/api/auth/login', credentials)
      .pipe(map((body) => MeSchema.parse(body)));
  }

  me(): Observable<Me> {
    return this.#http.get<unknown>('/api/auth/me').pipe(map((body) => MeSchema.parse(body)));
  }

  logout(): Observable<void> {
    return this.#http.post<void>('/api/auth/logout', null);
  }
}
