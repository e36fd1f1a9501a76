import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CreateWebhookEndpoint, Page, UpdateWebhookEndpoint, WebhookDelivery, WebhookDeliveryQuery, WebhookEndpoint, WebhookEndpointWithSecret } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from '../time/clock';
import { destinationProblem } from './webhook-destination';
import { WebhookWorker } from './webhook-worker.service';
import { webhookErrors } from './webhooks.errors';
import { WebhooksRepository } from './webhooks.repository';

/** 32 random bytes: what signs an endpoint's deliveries. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** Admins register, change and inspect endpoints; the secret leaves the server only in the answer that made it. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: WebhooksRepository,
    private readonly audit: AuditLogService,
    private readonly worker: WebhookWorker,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
  ) {}

  list(): Promise<WebhookEndpoint[]> {
    return this.repo.endpoints(this.ds.manager);
  }

  async create(actor: Actor, input: CreateWebhookEndpoint): Promise<WebhookEndpointWithSecret> {
    const problem = await destinationProblem(input.url, this.cfg.WEBHOOKS_ALLOW_PRIVATE);
    if (problem) throw webhookErrors.destinationRefused(problem);
    const secret = newSecret();
    return this.ds.transaction(async (m) => {
      const id = await this.repo.insertEndpoint(m, { ...input, secret, at: this.clock.now(), by: actor.label });
      const endpoint = (await this.repo.endpoint(m, id)) as WebhookEndpoint;
      await this.audit.append(m, actor, { action: 'webhook_endpoint.created', entityType: 'webhook_endpoint', entityId: id, after: summary(endpoint) });
      return { endpoint, secret };
    });
  }

  /** Description, events and the active flag; a deactivated endpoint's pending deliveries wait until it is active again. */
  update(actor: Actor, id: string, input: UpdateWebhookEndpoint): Promise<WebhookEndpoint> {
    return this.ds.transaction(async (m) => {
      const before = await this.repo.endpoint(m, id, true);
      if (!before) throw webhookErrors.endpointNotFound();
      await this.repo.updateEndpoint(m, id, input);
      const after = (await this.repo.endpoint(m, id)) as WebhookEndpoint;
      await this.audit.append(m, actor, { action: 'webhook_endpoint.updated', entityType: 'webhook_endpoint', entityId: id, before: summary(before), after: summary(after) });
      return after;
    });
  }

  /** A new secret from now on: deliveries sent after this are signed with it; the old one stops working at once. */
  rotateSecret(actor: Actor, id: string): Promise<WebhookEndpointWithSecret> {
    return this.ds.transaction(async (m) => {
      if (!(await this.repo.endpoint(m, id, true))) throw webhookErrors.endpointNotFound();
      const secret = newSecret();
      await this.repo.setSecret(m, id, secret, this.clock.now());
      await this.audit.append(m, actor, { action: 'webhook_endpoint.secret_rotated', entityType: 'webhook_endpoint', entityId: id });
      return { endpoint: (await this.repo.endpoint(m, id)) as WebhookEndpoint, secret };
    });
  }

  async deliveries(endpointId: string, q: WebhookDeliveryQuery): Promise<Page<WebhookDelivery>> {
    if (!(await this.repo.endpoint(this.ds.manager, endpointId))) throw webhookErrors.endpointNotFound();
    const { items, total } = await this.repo.deliveries(this.ds.manager, endpointId, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async delivery(id: string): Promise<WebhookDelivery> {
    const d = await this.repo.delivery(this.ds.manager, id);
    if (!d) throw webhookErrors.deliveryNotFound();
    return d;
  }

  /** Sends the same event (same id, so a receiver can tell) to the same endpoint again, as a new delivery due now. */
  async replay(actor: Actor, id: string): Promise<WebhookDelivery> {
    const replayId = await this.ds.transaction(async (m) => {
      const original = await this.repo.delivery(m, id);
      if (!original) throw webhookErrors.deliveryNotFound();
      const endpoint = await this.repo.endpoint(m, original.endpointId);
      if (!endpoint?.active) throw webhookErrors.endpointInactive();
      const created = (await this.repo.replay(m, id)) as string;
      await this.audit.append(m, actor, { action: 'webhook_delivery.replayed', entityType: 'webhook_delivery', entityId: created, after: { replayOf: id, eventId: original.eventId, endpointId: original.endpointId } });
      return created;
    });
    void this.worker.poll();
    return this.delivery(replayId);
  }
}

/** What the audit log keeps of an endpoint: never its secret. */
function summary(e: WebhookEndpoint): Record<string, unknown> {
  return { url: e.url, description: e.description, events: e.events, active: e.active };
}
