import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Job,
  JobSchema,
  Page,
  Scorecard,
  ScorecardListSchema,
  ScorecardSchema,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { ScorecardListQuery, toScorecardParams } from './scorecard-query';

/** Where the browser downloads a scorecard's PDF, in the viewer's language (a plain link: the session cookie goes along). */
export function scorecardPdfUrl(id: string, language: string): string {
  return `/api/scorecards/${encodeURIComponent(id)}/pdf?lang=${language === 'ru' ? 'ru' : 'en'}`;
}

@Injectable({ providedIn: 'root' })
export class ScorecardsApi {
  readonly #http = inject(HttpClient);

  list(query: ScorecardListQuery): Observable<Page<Scorecard>> {
    return this.#http
      .get<unknown>('/api/scorecards', { params: toScorecardParams(query) })
      .pipe(map((body) => ScorecardListSchema.parse(body)));
  }

  get(id: string): Observable<Scorecard> {
    return this.#http
      .get<unknown>(`/api/scorecards/${encodeURIComponent(id)}`)
      .pipe(map((body) => ScorecardSchema.parse(body)));
  }

  finalize(id: string): Observable<Scorecard> {
    return this.#http
      .post<unknown>(`/api/scorecards/${encodeURIComponent(id)}/finalize`, null)
      .pipe(map((body) => ScorecardSchema.parse(body)));
  }

  recompute(period: string): Observable<Job> {
    return this.#http
      .post<unknown>('/api/scorecards/recompute', { period })
      .pipe(map((body) => JobSchema.parse(body)));
  }

  job(id: string): Observable<Job> {
    return this.#http
      .get<unknown>(`/api/jobs/${encodeURIComponent(id)}`)
      .pipe(map((body) => JobSchema.parse(body)));
  }
}
