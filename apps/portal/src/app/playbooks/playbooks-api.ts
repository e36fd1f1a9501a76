import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Category,
  CreatePlaybook,
  Playbook,
  PlaybookListSchema,
  PlaybookSchema,
  Severity,
  UpdatePlaybook,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PlaybooksApi {
  readonly #http = inject(HttpClient);

  /** Published playbooks for everyone; drafts too for admins. */
  list(): Observable<Playbook[]> {
    return this.#http
      .get<unknown>('/api/playbooks')
      .pipe(map((body) => PlaybookListSchema.parse(body)));
  }

  get(id: string): Observable<Playbook> {
    return this.#http.get<unknown>(this.#url(id)).pipe(map(parsePlaybook));
  }

  /** The playbook a complaint of this category and severity follows (404 when none is published). */
  match(category: Category, severity: Severity): Observable<Playbook> {
    return this.#http
      .get<unknown>('/api/playbooks/match', { params: { category, severity } })
      .pipe(map(parsePlaybook));
  }

  /** Without content, the draft starts from the playbook that serves its category and severity now. */
  create(playbook: CreatePlaybook): Observable<Playbook> {
    return this.#http.post<unknown>('/api/playbooks', playbook).pipe(map(parsePlaybook));
  }

  update(id: string, change: UpdatePlaybook): Observable<Playbook> {
    return this.#http.patch<unknown>(this.#url(id), change).pipe(map(parsePlaybook));
  }

  publish(id: string): Observable<Playbook> {
    return this.#http.post<unknown>(`${this.#url(id)}/publish`, {}).pipe(map(parsePlaybook));
  }

  #url(id: string): string {
    return `/api/playbooks/${encodeURIComponent(id)}`;
  }
}

function parsePlaybook(body: unknown): Playbook {
  return PlaybookSchema.parse(body);
}
