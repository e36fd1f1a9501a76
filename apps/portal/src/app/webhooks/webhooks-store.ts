import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { CreateWebhookEndpoint, Page, WebhookDelivery, WebhookEndpointWithSecret } from '@franscore/domain';
import { Observable, combineLatest, of, tap } from 'rxjs';
import { pendingAction } from '../http/paged-list';
import { remoteSignal } from '../http/remote-signal';
import { WebhooksApi } from './webhooks-api';

interface LogQuery {
  readonly endpointId: string | null;
  readonly page: number;
}

/**
 * The endpoints, registering one (its secret kept here, in memory, until
 * dismissed), pausing and resuming, rotating the secret, and the delivery log
 * of the endpoint an admin opened, with replays.
 */
@Injectable()
export class WebhooksStore {
  readonly #api = inject(WebhooksApi);
  readonly #attempt = signal(0);
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.list());
  readonly #open = signal<LogQuery>({ endpointId: null, page: 1 });
  readonly #log = remoteSignal(
    combineLatest([toObservable(this.#open), toObservable(this.#attempt)]),
    ([q]): Observable<Page<WebhookDelivery>> => (q.endpointId ? this.#api.deliveries(q.endpointId, q.page) : of({ items: [], total: 0, page: 1, pageSize: 20 })),
    true,
  );
  readonly #action = pendingAction();
  readonly #secret = signal<WebhookEndpointWithSecret | null>(null);

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly endpoints = computed(() => this.#state().value ?? []);
  readonly busy = this.#action.busy;
  readonly actionError = this.#action.error;
  /** The endpoint just created or rotated and its secret: shown once, gone when dismissed or the page is left. */
  readonly secret = this.#secret.asReadonly();
  /** Whose delivery log is open, if anyone's. */
  readonly openEndpointId = computed(() => this.#open().endpointId);
  readonly logPage = computed(() => this.#open().page);
  readonly logLoading = computed(() => this.#open().endpointId !== null && this.#log().loading);
  readonly logError = computed(() => this.#log().error);
  readonly deliveries = computed(() => (this.#open().endpointId ? (this.#log().value?.items ?? []) : []));
  readonly logTotal = computed(() => this.#log().value?.total ?? 0);

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  dismissSecret(): void {
    this.#secret.set(null);
  }

  /** Opens an endpoint's log, or closes it when it is the one open. */
  toggleLog(endpointId: string): void {
    this.#open.update((q) => (q.endpointId === endpointId ? { endpointId: null, page: 1 } : { endpointId, page: 1 }));
  }

  showLogPage(page: number): void {
    this.#open.update((q) => ({ ...q, page }));
  }

  create(endpoint: CreateWebhookEndpoint): Promise<boolean> {
    return this.#act(() => this.#api.create(endpoint).pipe(tap((created) => this.#secret.set(created))));
  }

  setActive(endpointId: string, active: boolean): Promise<boolean> {
    return this.#act(() => this.#api.update(endpointId, { active }));
  }

  rotateSecret(endpointId: string): Promise<boolean> {
    return this.#act(() => this.#api.rotateSecret(endpointId).pipe(tap((rotated) => this.#secret.set(rotated))));
  }

  replay(deliveryId: string): Promise<boolean> {
    return this.#act(() => this.#api.replay(deliveryId));
  }

  /** A write, then the lists again. Every answer is an object: null means refused (actionError says why) or another write running. */
  async #act(request: () => Observable<object>): Promise<boolean> {
    return (await this.#action.run(() => request().pipe(tap(() => this.retry())))) !== null;
  }
}
