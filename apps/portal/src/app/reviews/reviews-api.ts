import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { REVIEW_DECISIONS, Review, ReviewSchema, ReviewSummary, ReviewSummaryListSchema } from '@franscore/domain';
import { Observable, map } from 'rxjs';

export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export interface DecideReview {
  readonly locationId: string;
  readonly decision: ReviewDecision;
  readonly notes: string;
}

/** The review's summary PDF, as a download link. */
export function reviewPdfUrl(id: string): string {
  return `/api/reviews/${encodeURIComponent(id)}/pdf`;
}

@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  readonly #http = inject(HttpClient);

  list(): Observable<ReviewSummary[]> {
    return this.#http
      .get<unknown>('/api/reviews')
      .pipe(map((body) => ReviewSummaryListSchema.parse(body)));
  }

  open(regionId: string, period: string): Observable<Review> {
    return this.#http.post<unknown>('/api/reviews', { regionId, period }).pipe(map(parseReview));
  }

  get(id: string): Observable<Review> {
    return this.#http.get<unknown>(this.#url(id)).pipe(map(parseReview));
  }

  decide(id: string, decision: DecideReview): Observable<Review> {
    return this.#http.put<unknown>(`${this.#url(id)}/decisions`, decision).pipe(map(parseReview));
  }

  finish(id: string): Observable<Review> {
    return this.#http.post<unknown>(`${this.#url(id)}/finish`, null).pipe(map(parseReview));
  }

  #url(id: string): string {
    return `/api/reviews/${encodeURIComponent(id)}`;
  }
}

function parseReview(body: unknown): Review {
  return ReviewSchema.parse(body);
}
