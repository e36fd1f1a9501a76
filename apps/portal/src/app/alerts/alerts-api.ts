import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { AlertListSchema } from '@franscore/domain';
import { AlertStreamEvent, alertStream } from './alert-stream';
import { AlertList } from './alerts-state';

export const ALERT_STREAM_URL = '/api/alerts/stream';

@Injectable({ providedIn: 'root' })
export class AlertsApi {
  readonly #http = inject(HttpClient);

  list(): Observable<AlertList> {
    return this.#http.get<unknown>('/api/alerts').pipe(map((body) => AlertListSchema.parse(body)));
  }

  markAllRead(): Observable<void> {
    return this.#http.post<void>('/api/alerts/read', null);
  }

  /** The alert and every older one count as read. */
  markReadThrough(id: string): Observable<void> {
    return this.#http.post<void>(`/api/alerts/${encodeURIComponent(id)}/read`, null);
  }

  /** Server-sent events with the session cookie (same origin, so withCredentials only matters behind a proxy). */
  stream(): Observable<AlertStreamEvent> {
    return alertStream(ALERT_STREAM_URL, (url) => new EventSource(url, { withCredentials: true }));
  }
}
