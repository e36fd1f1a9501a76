import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FranchiseeListSchema, LocationListSchema, RegionListSchema } from '@franscore/domain';
import { Observable, map } from 'rxjs';
import { allPages } from '../http/all-pages';

export interface Choice {
  readonly id: string;
  readonly label: string;
}

/** Every region, franchisee and location, for the pickers of the administration screens. */
@Injectable({ providedIn: 'root' })
export class OrgChoicesApi {
  readonly #http = inject(HttpClient);

  regions(): Observable<Choice[]> {
    return allPages((page, pageSize) =>
      this.#http.get<unknown>('/api/regions', { params: { page, pageSize } }).pipe(map((b) => RegionListSchema.parse(b))),
    ).pipe(map((items) => items.map((r) => ({ id: r.id, label: `${r.code} · ${r.name}` }))));
  }

  franchisees(): Observable<Choice[]> {
    return allPages((page, pageSize) =>
      this.#http.get<unknown>('/api/franchisees', { params: { page, pageSize } }).pipe(map((b) => FranchiseeListSchema.parse(b))),
    ).pipe(map((items) => items.map((f) => ({ id: f.id, label: f.legalName })).sort((a, b) => a.label.localeCompare(b.label))));
  }

  locations(): Observable<Choice[]> {
    return allPages((page, pageSize) =>
      this.#http
        .get<unknown>('/api/locations', { params: { page, pageSize, sort: 'code' } })
        .pipe(map((b) => LocationListSchema.parse(b))),
    ).pipe(map((items) => items.map((l) => ({ id: l.id, label: `${l.code} · ${l.name}` }))));
  }
}

/** The label of an id among choices, or the id itself when it is not (yet) loaded. */
export function labelOf(choices: readonly Choice[], id: string | null): string {
  if (!id) return '';
  return choices.find((c) => c.id === id)?.label ?? id;
}
