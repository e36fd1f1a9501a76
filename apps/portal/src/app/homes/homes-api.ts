import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AdminHome,
  AdminHomeSchema,
  AuditorHome,
  AuditorHomeSchema,
  ComplaintMix,
  ComplaintMixSchema,
  FlaggedComplaint,
  FlaggedComplaintListSchema,
  FranchiseeHome,
  FranchiseeHomeSchema,
  RegionalManagerHome,
  RegionalManagerHomeSchema,
  SlaCompliance,
  SlaComplianceSchema,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';

/** The role homes and the charts beside them; every answer parsed with its domain schema. */
@Injectable({ providedIn: 'root' })
export class HomesApi {
  readonly #http = inject(HttpClient);

  auditor(): Observable<AuditorHome> {
    return this.#http.get<unknown>('/api/homes/auditor').pipe(map((b) => AuditorHomeSchema.parse(b)));
  }

  regionalManager(): Observable<RegionalManagerHome> {
    return this.#http.get<unknown>('/api/homes/regional-manager').pipe(map((b) => RegionalManagerHomeSchema.parse(b)));
  }

  franchisee(): Observable<FranchiseeHome> {
    return this.#http.get<unknown>('/api/homes/franchisee').pipe(map((b) => FranchiseeHomeSchema.parse(b)));
  }

  admin(): Observable<AdminHome> {
    return this.#http.get<unknown>('/api/homes/admin').pipe(map((b) => AdminHomeSchema.parse(b)));
  }

  /** Complaints flagged by the bad-faith rules, received in [from, to) (dates, at most 92 days apart). */
  flagged(from: string, to: string): Observable<FlaggedComplaint[]> {
    return this.#http.get<unknown>('/api/complaint-flags', { params: { from, to } }).pipe(map((b) => FlaggedComplaintListSchema.parse(b)));
  }

  complaintMix(): Observable<ComplaintMix> {
    return this.#http.get<unknown>('/api/charts/complaint-mix').pipe(map((b) => ComplaintMixSchema.parse(b)));
  }

  slaCompliance(by: SlaCompliance['by']): Observable<SlaCompliance> {
    return this.#http.get<unknown>('/api/charts/sla-compliance', { params: { by } }).pipe(map((b) => SlaComplianceSchema.parse(b)));
  }
}
