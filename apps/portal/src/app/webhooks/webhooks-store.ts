import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { CreateWebhookEndpoint, Page, WebhookDelivery, WebhookEndpointWithSecret } from '@franscore/domain';
import { Observable, combineLatest, firstValueFrom, of } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';
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
  readonly #busy = signal(false);
  readonly #actionError = signal<ApiError | null>(null);
  readonly #secret = signal<WebhookEndpointWithSecret | null>(null);

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly endpoints = computed(() => this.#state().value ?? []);
  readonly busy = this.#busy.asReadonly();
  readonly actionError = this.#actionError.asReadonly();
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
    return this.#act(async () => this.#secret.set(await firstValueFrom(this.#api.create(endpoint))));
  }

  setActive(endpointId: string, active: boolean): Promise<boolean> {
    return this.#act(async () => {
      await firstValueFrom(this.#api.update(endpointId, { active }));
    });
  }

  rotateSecret(endpointId: string): Promise<boolean> {
    return this.#act(async () => this.#secret.set(await firstValueFrom(this.#api.rotateSecret(endpointId))));
  }

  replay(deliveryId: string): Promise<boolean> {
    return this.#act(async () => {
      await firstValueFrom(this.#api.replay(deliveryId));
    });
  }

  async #act(work: () => Promise<void>): Promise<boolean> {
    if (this.#busy()) return false;
    this.#busy.set(true);
    this.#actionError.set(null);
    try {
      await work();
      this.retry();
      return true;
    } catch (error) {
      this.#actionError.set(toApiError(error));
      return false;
    } finally {
      this.#busy.set(false);
    }
  }
}
