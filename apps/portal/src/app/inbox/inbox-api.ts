import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { InboxListSchema, LenientInboxItem } from './inbox-item';

@Injectable({ providedIn: 'root' })
export class InboxApi {
  readonly #http = inject(HttpClient);

  list(): Observable<LenientInboxItem[]> {
    return this.#http.get<unknown>('/api/inbox').pipe(map((body) => InboxListSchema.parse(body)));
  }
}
