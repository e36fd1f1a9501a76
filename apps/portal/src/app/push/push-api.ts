import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { PushKeySchema, PushSubscriptionBody } from '@franscore/domain';

@Injectable({ providedIn: 'root' })
export class PushApi {
  readonly #http = inject(HttpClient);

  publicKey(): Observable<string> {
    return this.#http.get<unknown>('/api/push/key').pipe(map((body) => PushKeySchema.parse(body).publicKey));
  }

  subscribe(subscription: PushSubscriptionBody): Observable<void> {
    return this.#http.post<void>('/api/push/subscriptions', subscription);
  }

  unsubscribe(endpoint: string): Observable<void> {
    return this.#http.delete<void>('/api/push/subscriptions', { body: { endpoint } });
  }
}
