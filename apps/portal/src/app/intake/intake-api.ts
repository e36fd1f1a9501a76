import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ComplaintReceipt,
  ComplaintReceiptSchema,
  PublicComplaint,
  PublicLocation,
  PublicLocationSchema,
  PublicStatus,
  PublicStatusSchema,
  Rating,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';

/**
 * The customer's side of the API: no session. `credentials: 'omit'` keeps a
 * signed-in colleague's cookie off these requests too, and the session
 * interceptor adds no CSRF token to them.
 */
@Injectable({ providedIn: 'root' })
export class IntakeApi {
  readonly #http = inject(HttpClient);

  location(code: string): Observable<PublicLocation> {
    return this.#http
      .get<unknown>(`/api/public/locations/${encodeURIComponent(code)}`, { credentials: 'omit' })
      .pipe(map((body) => PublicLocationSchema.parse(body)));
  }

  /**
   * The same key for every retry of one form, so a double click or a retry never files twice.
   * With a photo the form goes as multipart: the complaint's JSON in `complaint`, the file in `photo`.
   */
  submit(
    code: string,
    idempotencyKey: string,
    complaint: PublicComplaint,
    photo: File | null = null,
  ): Observable<ComplaintReceipt> {
    let body: PublicComplaint | FormData = complaint;
    if (photo) {
      body = new FormData();
      body.append('complaint', JSON.stringify(complaint));
      body.append('photo', photo, photo.name);
    }
    return this.#http
      .post<unknown>(`/api/public/locations/${encodeURIComponent(code)}/complaints`, body, {
        credentials: 'omit',
        headers: { 'Idempotency-Key': idempotencyKey },
      })
      .pipe(map((body) => ComplaintReceiptSchema.parse(body)));
  }

  status(token: string): Observable<PublicStatus> {
    return this.#http
      .get<unknown>(`/api/public/status/${encodeURIComponent(token)}`, { credentials: 'omit' })
      .pipe(map((body) => PublicStatusSchema.parse(body)));
  }

  rate(token: string, rating: Rating): Observable<PublicStatus> {
    return this.#http
      .post<unknown>(`/api/public/status/${encodeURIComponent(token)}/rating`, rating, {
        credentials: 'omit',
      })
      .pipe(map((body) => PublicStatusSchema.parse(body)));
  }
}
