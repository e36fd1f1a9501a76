import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CaseListSchema,
  CaseSummary,
  EnforcementCase,
  EnforcementCaseSchema,
  Page,
  ReviewCap,
  SubmitCap,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { allPages } from '../http/all-pages';
import { CaseFilters, toCaseParams } from './case-filters';

/** What a closure review ends in: the regional manager recommends one, the admin decides. */
export type ClosureOutcome = 'close' | 'extend' | 'dismiss';

/** The notice of default for the case's current level, as a download link. */
export function noticeUrl(caseId: string, language = 'en'): string {
  return `/api/enforcement-cases/${encodeURIComponent(caseId)}/notice?lang=${language === 'ru' ? 'ru' : 'en'}`;
}

@Injectable({ providedIn: 'root' })
export class EnforcementApi {
  readonly #http = inject(HttpClient);

  list(filters: CaseFilters): Observable<Page<CaseSummary>> {
    return this.#http
      .get<unknown>('/api/enforcement-cases', { params: toCaseParams(filters) })
      .pipe(map((body) => CaseListSchema.parse(body)));
  }

  /** Every open case in the user's scope: the league shows each location's level. */
  allOpen(): Observable<CaseSummary[]> {
    return allPages((page, pageSize) =>
      this.list({ status: 'open', level: null, locationId: null, page, pageSize }),
    );
  }

  get(id: string): Observable<EnforcementCase> {
    return this.#http.get<unknown>(this.#url(id)).pipe(map(parseCase));
  }

  issueWarning(locationId: string, reason: string): Observable<EnforcementCase> {
    return this.#http
      .post<unknown>('/api/enforcement-cases', { locationId, reason })
      .pipe(map(parseCase));
  }

  escalate(id: string, reason: string): Observable<EnforcementCase> {
    return this.#post(id, 'escalate', { reason });
  }

  lift(id: string, reason: string): Observable<EnforcementCase> {
    return this.#post(id, 'lift', { reason });
  }

  submitPlan(id: string, plan: SubmitCap): Observable<EnforcementCase> {
    return this.#post(id, 'plans', plan);
  }

  reviewPlan(id: string, planId: string, review: ReviewCap): Observable<EnforcementCase> {
    return this.#post(id, `plans/${encodeURIComponent(planId)}/review`, review);
  }

  completeAction(id: string, actionId: string, evidence: string): Observable<EnforcementCase> {
    return this.#post(id, `actions/${encodeURIComponent(actionId)}/done`, { evidence });
  }

  appeal(id: string, reason: string): Observable<EnforcementCase> {
    return this.#post(id, 'appeals', { reason });
  }

  ruleAppeal(
    id: string,
    ruling: 'upheld' | 'rejected',
    reason: string,
  ): Observable<EnforcementCase> {
    return this.#post(id, 'appeals/ruling', { ruling, reason });
  }

  recommend(
    id: string,
    recommendation: ClosureOutcome,
    reason: string,
  ): Observable<EnforcementCase> {
    return this.#post(id, 'recommendation', { recommendation, reason });
  }

  decide(id: string, decision: ClosureOutcome, reason: string): Observable<EnforcementCase> {
    return this.#post(id, 'decisions', { decision, reason });
  }

  #url(id: string): string {
    return `/api/enforcement-cases/${encodeURIComponent(id)}`;
  }

  #post(id: string, action: string, body: unknown): Observable<EnforcementCase> {
    return this.#http.post<unknown>(`${this.#url(id)}/${action}`, body).pipe(map(parseCase));
  }
}

function parseCase(body: unknown): EnforcementCase {
  return EnforcementCaseSchema.parse(body);
}
