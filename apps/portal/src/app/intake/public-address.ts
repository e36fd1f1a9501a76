import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, inject } from '@angular/core';
import { HealthSchema } from '@franscore/domain';
import { Observable, catchError, map, of } from 'rxjs';

/**
 * Where customers reach the portal: the server's PUBLIC_URL when it has one
 * (a poster printed from an admin laptop on an internal address must still
 * point at the public one), else the origin this page came from.
 */
@Injectable({ providedIn: 'root' })
export class PublicAddress {
  readonly #http = inject(HttpClient);
  readonly #document = inject(DOCUMENT);

  origin(): Observable<string> {
    const own = this.#document.location.origin;
    return this.#http.get<unknown>('/api/health').pipe(
      map((body) => HealthSchema.parse(body).publicUrl ?? own),
      catchError(() => of(own)),
    );
  }
}
