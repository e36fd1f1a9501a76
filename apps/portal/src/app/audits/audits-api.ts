import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Audit,
  AuditListSchema,
  AuditSchema,
  AuditSummary,
  OpenAudit,
  Page,
  ScoreCase,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { AuditFilters, toAuditParams } from './audit-filters';

/** A finding photo, for an <img>: the session cookie goes along, so no token in the URL. */
export function auditPhotoUrl(auditId: string, photoId: string): string {
  return `/api/audits/${encodeURIComponent(auditId)}/photos/${encodeURIComponent(photoId)}`;
}

/** POST /api/audits: the sample size is sent only when the auditor chose one (the server defaults to 5). */
export type OpenAuditRequest = Omit<OpenAudit, 'sampleSize'> & { readonly sampleSize?: number };

@Injectable({ providedIn: 'root' })
export class AuditsApi {
  readonly #http = inject(HttpClient);

  list(filters: AuditFilters): Observable<Page<AuditSummary>> {
    return this.#http
      .get<unknown>('/api/audits', { params: toAuditParams(filters) })
      .pipe(map((body) => AuditListSchema.parse(body)));
  }

  open(request: OpenAuditRequest): Observable<Audit> {
    return this.#http.post<unknown>('/api/audits', request).pipe(map(parseAudit));
  }

  get(id: string): Observable<Audit> {
    return this.#http.get<unknown>(this.#url(id)).pipe(map(parseAudit));
  }

  scoreCase(id: string, caseId: string, score: ScoreCase): Observable<Audit> {
    return this.#http
      .put<unknown>(`${this.#url(id)}/cases/${encodeURIComponent(caseId)}`, score)
      .pipe(map(parseAudit));
  }

  addFinding(id: string, text: string): Observable<Audit> {
    return this.#http.post<unknown>(`${this.#url(id)}/findings`, { text }).pipe(map(parseAudit));
  }

  /** multipart/form-data with the file in `photo`; the browser sets the boundary. */
  addPhoto(id: string, findingId: string, photo: File): Observable<Audit> {
    const form = new FormData();
    form.append('photo', photo, photo.name);
    return this.#http
      .post<unknown>(`${this.#url(id)}/findings/${encodeURIComponent(findingId)}/photos`, form)
      .pipe(map(parseAudit));
  }

  submit(id: string): Observable<Audit> {
    return this.#http.post<unknown>(`${this.#url(id)}/submit`, null).pipe(map(parseAudit));
  }

  finalize(id: string): Observable<Audit> {
    return this.#http.post<unknown>(`${this.#url(id)}/finalize`, null).pipe(map(parseAudit));
  }

  #url(id: string): string {
    return `/api/audits/${encodeURIComponent(id)}`;
  }
}

function parseAudit(body: unknown): Audit {
  return AuditSchema.parse(body);
}
