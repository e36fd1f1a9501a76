import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreatePolicy, Policy, PolicySchema, Simulation, SimulationSchema, UpdatePolicy } from '@franscore/domain';
import { SimulatedLocation } from '@franscore/scoring';
import { Observable, map } from 'rxjs';
import { z } from 'zod';
import { SimulationInputsSchema } from './simulation';

const PolicyListSchema = z.array(PolicySchema);

@Injectable({ providedIn: 'root' })
export class PoliciesApi {
  readonly #http = inject(HttpClient);

  /** Published policies for everyone; drafts too for admins. */
  list(): Observable<Policy[]> {
    return this.#http
      .get<unknown>('/api/policies')
      .pipe(map((body) => PolicyListSchema.parse(body)));
  }

  get(id: string): Observable<Policy> {
    return this.#http.get<unknown>(this.#url(id)).pipe(map(parsePolicy));
  }

  /** A new draft starts from the policy in force when no rules are given. */
  create(policy: CreatePolicy): Observable<Policy> {
    return this.#http.post<unknown>('/api/policies', policy).pipe(map(parsePolicy));
  }

  update(id: string, change: UpdatePolicy): Observable<Policy> {
    return this.#http.patch<unknown>(this.#url(id), change).pipe(map(parsePolicy));
  }

  publish(id: string, effectiveFrom: string): Observable<Policy> {
    return this.#http
      .post<unknown>(`${this.#url(id)}/publish`, { effectiveFrom })
      .pipe(map(parsePolicy));
  }

  /** The period's facts per location, fetched once; the portal re-scores them as the draft changes. */
  simulationInputs(period: string): Observable<SimulatedLocation[]> {
    return this.#http
      .get<unknown>('/api/policies/simulation-inputs', { params: { period } })
      .pipe(map((body) => SimulationInputsSchema.parse(body)));
  }

  /** The saved draft over a period on the server: needed when SLA targets change, as every clock is decided again. */
  simulate(id: string, period: string): Observable<Simulation> {
    return this.#http
      .post<unknown>(`${this.#url(id)}/simulate`, { period })
      .pipe(map((body) => SimulationSchema.parse(body)));
  }

  #url(id: string): string {
    return `/api/policies/${encodeURIComponent(id)}`;
  }
}

function parsePolicy(body: unknown): Policy {
  return PolicySchema.parse(body);
}
