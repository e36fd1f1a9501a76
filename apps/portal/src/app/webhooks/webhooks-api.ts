import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateWebhookEndpoint,
  Page,
  UpdateWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryListSchema,
  WebhookDeliverySchema,
  WebhookEndpoint,
  WebhookEndpointListSchema,
  WebhookEndpointSchema,
  WebhookEndpointWithSecret,
  WebhookEndpointWithSecretSchema,
} from '@franscore/domain';
import { Observable, map } from 'rxjs';

const BASE = '/api/webhooks';
const id = (value: string) => encodeURIComponent(value);

/** Admins only: the chain's systems Franscore tells what happens, and how each delivery went. */
@Injectable({ providedIn: 'root' })
export class WebhooksApi {
  readonly #http = inject(HttpClient);

  list(): Observable<WebhookEndpoint[]> {
    return this.#http.get<unknown>(`${BASE}/endpoints`).pipe(map((body) => WebhookEndpointListSchema.parse(body)));
  }

  /** The answer carries the signing secret: the only time anyone sees it. */
  create(endpoint: CreateWebhookEndpoint): Observable<WebhookEndpointWithSecret> {
    return this.#http.post<unknown>(`${BASE}/endpoints`, endpoint).pipe(map((body) => WebhookEndpointWithSecretSchema.parse(body)));
  }

  update(endpointId: string, change: UpdateWebhookEndpoint): Observable<WebhookEndpoint> {
    return this.#http.patch<unknown>(`${BASE}/endpoints/${id(endpointId)}`, change).pipe(map((body) => WebhookEndpointSchema.parse(body)));
  }

  rotateSecret(endpointId: string): Observable<WebhookEndpointWithSecret> {
    return this.#http
      .post<unknown>(`${BASE}/endpoints/${id(endpointId)}/rotate-secret`, {})
      .pipe(map((body) => WebhookEndpointWithSecretSchema.parse(body)));
  }

  deliveries(endpointId: string, page: number): Observable<Page<WebhookDelivery>> {
    return this.#http
      .get<unknown>(`${BASE}/endpoints/${id(endpointId)}/deliveries`, { params: { page: String(page), pageSize: '20' } })
      .pipe(map((body) => WebhookDeliveryListSchema.parse(body)));
  }

  replay(deliveryId: string): Observable<WebhookDelivery> {
    return this.#http.post<unknown>(`${BASE}/deliveries/${id(deliveryId)}/replay`, {}).pipe(map((body) => WebhookDeliverySchema.parse(body)));
  }
}
