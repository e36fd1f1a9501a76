import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AdminHome,
  AdminHomeSchema,
  AuditorHome,
  AuditorHomeSchema,
  ComplaintMix,
  ComplaintMixSchema,
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

  complaintMix(): Observable<ComplaintMix> {
    return this.#http.get<unknown>('/api/charts/complaint-mix').pipe(map((b) => ComplaintMixSchema.parse(b)));
  }

  slaCompliance(by: SlaCompliance['by']): Observable<SlaCompliance> {
    return this.#http.get<unknown>('/api/charts/sla-compliance', { params: { by } }).pipe(map((b) => SlaComplianceSchema.parse(b)));
  }
}
