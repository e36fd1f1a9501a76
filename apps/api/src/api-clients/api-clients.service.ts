import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApiClient, ClientComplaint, ComplaintReceipt, IssueApiClient, IssuedApiClient } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { ComplaintIntakeService, parseIdempotencyKey } from '../complaints/complaint-intake.service';
import { intakeLocation } from '../complaints/complaints.repository';
import { complaintErrors } from '../complaints/complaints.errors';
import { Clock } from '../time/clock';
import { newApiToken, tokenHash, tokenPrefix } from './api-client-token';
import { apiClientErrors } from './api-clients.errors';
import { apiClientOf, ApiClientRow, ApiClientsRepository } from './api-clients.repository';

@Injectable()
export class ApiClientsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ApiClientsRepository,
    private readonly audit: AuditLogService,
    private readonly intake: ComplaintIntakeService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ApiClient[]> {
    return (await this.repo.list(this.ds.manager)).map(apiClientOf);
  }

  /** The token is in this answer only: what is kept is its hash. */
  issue(actor: Actor, input: IssueApiClient): Promise<IssuedApiClient> {
    return this.ds.transaction((m) => this.issueIn(m, actor, input));
  }

  /** Inside the caller's transaction (the demo seed issues one per location). */
  async issueIn(m: EntityManager, actor: Actor, input: IssueApiClient): Promise<IssuedApiClient> {
    if (input.locationId && !(await this.repo.locationExists(m, input.locationId))) throw apiClientErrors.locationNotFound();
    const token = newApiToken();
    const id = await this.repo.insert(m, {
      name: input.name,
      kind: input.kind,
      channel: input.kind === 'in_store_button' ? 'in_store_button' : (input.channel ?? null),
      locationId: input.locationId ?? null,
      tokenHash: tokenHash(token),
      tokenPrefix: tokenPrefix(token),
      createdAt: this.clock.now(),
      createdBy: actor.label,
    });
    const client = apiClientOf((await this.repo.byId(m, id)) as ApiClientRow);
    await this.audit.append(m, actor, { action: 'api_client.issued', entityType: 'api_client', entityId: id, after: client });
    return { client, token };
  }

  /** One in-store button per location, in one transaction; the caller prints the tokens, which are never kept. */
  issueButtons(actor: Actor, locations: ReadonlyArray<{ id: string; code: string }>): Promise<Array<{ code: string; token: string }>> {
    return this.ds.transaction(async (m) => {
      const issued: Array<{ code: string; token: string }> = [];
      for (const l of locations) {
        const { token } = await this.issueIn(m, actor, { name: `Red button ${l.code}`, kind: 'in_store_button', locationId: l.id });
        issued.push({ code: l.code, token });
      }
      return issued;
    });
  }

  revoke(actor: Actor, id: string): Promise<ApiClient> {
    return this.ds.transaction(async (m) => {
      const before = await this.repo.byId(m, id, true);
      if (!before) throw apiClientErrors.notFound();
      if (before.revoked_at) throw apiClientErrors.alreadyRevoked();
      await this.repo.revoke(m, id, this.clock.now());
      const after = apiClientOf((await this.repo.byId(m, id)) as ApiClientRow);
      await this.audit.append(m, actor, { action: 'api_client.revoked', entityType: 'api_client', entityId: id, before: apiClientOf(before), after });
      return after;
    });
  }

  /** Records a use inside the caller's transaction, so a refused or rolled-back request leaves none. */
  markUsed(m: EntityManager, id: string, at: Date): Promise<void> {
    return this.repo.markUsed(m, id, at);
  }

  /** The active client holding this token; a missing, unknown or revoked token is the same 401. */
  async authenticate(token: string | null): Promise<ApiClientRow> {
    const client = token ? await this.repo.activeByTokenHash(this.ds.manager, tokenHash(token)) : null;
    if (!client) throw apiClientErrors.unauthenticated();
    return client;
  }

  /**
   * A button files for its own location only (403 for another, before anything is
   * written); a partner names any location that takes complaints; a point-of-sale
   * feed files none. The last use is recorded with the complaint, in its transaction.
   */
  async fileComplaint(client: ApiClientRow, idempotencyKey: string | undefined, body: ClientComplaint): Promise<{ receipt: ComplaintReceipt; created: boolean }> {
    if (client.kind === 'pos' || !client.channel) throw apiClientErrors.cannotFile();
    if (client.kind === 'in_store_button' && body.locationCode && body.locationCode !== client.location_code) throw apiClientErrors.otherLocation();
    const code = client.kind === 'in_store_button' ? client.location_code : body.locationCode;
    if (!code) throw apiClientErrors.locationRequired();
    const key = idempotencyKey === undefined ? undefined : parseIdempotencyKey(idempotencyKey);
    const loc = await intakeLocation(this.ds.manager, code);
    if (!loc) throw client.kind === 'in_store_button' ? complaintErrors.locationNotFound() : apiClientErrors.locationClosed();
    const { locationCode: _code, description, ...rest } = body;
    return this.intake.file(
      loc,
      { channel: client.channel, apiClientId: client.id, onAccepted: (m, at) => this.repo.markUsed(m, client.id, at) },
      key,
      { ...rest, description: description ?? `${client.kind === 'in_store_button' ? 'In-store button' : 'Partner'}: ${client.name}` },
    );
  }
}
