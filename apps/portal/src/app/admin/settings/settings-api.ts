import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { HeadOfficeSettings, HeadOfficeSettingsSchema, UpdateHeadOfficeSettings } from '@franscore/domain';
import { Observable, map } from 'rxjs';

/** Head office's settings: every role reads them, admins replace them. */
@Injectable({ providedIn: 'root' })
export class SettingsApi {
  readonly #http = inject(HttpClient);

  get(): Observable<HeadOfficeSettings> {
    return this.#http.get<unknown>('/api/settings').pipe(map((body) => HeadOfficeSettingsSchema.parse(body)));
  }

  update(settings: UpdateHeadOfficeSettings): Observable<HeadOfficeSettings> {
    return this.#http.put<unknown>('/api/settings', settings).pipe(map((body) => HeadOfficeSettingsSchema.parse(body)));
  }
}
