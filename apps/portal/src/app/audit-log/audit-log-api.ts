import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AuditEntry,
  AuditFacets,
  AuditFacetsSchema,
  AuditLogListSchema,
  AuditVerify,
  AuditVerifySchema,
  Page,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { AuditLogFilters, toAuditLogParams } from './audit-log-filters';

/** The append-only audit log (admins and auditors): entries, the filters' choices, the chain check. */
@Injectable({ providedIn: 'root' })
export class AuditLogApi {
  readonly #http = inject(HttpClient);

  list(filters: AuditLogFilters): Observable<Page<AuditEntry>> {
    return this.#http
      .get<unknown>('/api/audit-log', { params: toAuditLogParams(filters) })
      .pipe(map((b) => AuditLogListSchema.parse(b)));
  }

  facets(): Observable<AuditFacets> {
    return this.#http.get<unknown>('/api/audit-log/facets').pipe(map((b) => AuditFacetsSchema.parse(b)));
  }

  verify(): Observable<AuditVerify> {
    return this.#http.get<unknown>('/api/audit-log/verify').pipe(map((b) => AuditVerifySchema.parse(b)));
  }
}
