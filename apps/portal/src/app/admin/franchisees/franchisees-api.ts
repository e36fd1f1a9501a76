import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateFranchisee, Franchisee, FranchiseeListSchema, FranchiseeSchema, Page, UpdateFranchisee } from '@franscore/domain';
import { Observable, map } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class FranchiseesApi {
  readonly #http = inject(HttpClient);

  list(page: number, pageSize: number): Observable<Page<Franchisee>> {
    return this.#http.get<unknown>('/api/franchisees', { params: { page, pageSize } }).pipe(map((b) => FranchiseeListSchema.parse(b)));
  }

  create(franchisee: CreateFranchisee): Observable<Franchisee> {
    return this.#http.post<unknown>('/api/franchisees', franchisee).pipe(map((b) => FranchiseeSchema.parse(b)));
  }

  update(id: string, change: UpdateFranchisee): Observable<Franchisee> {
    return this.#http.patch<unknown>(`/api/franchisees/${encodeURIComponent(id)}`, change).pipe(map((b) => FranchiseeSchema.parse(b)));
  }
}
