import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { ComplaintReceipt, IdempotencyKeySchema, PublicComplaint, suggestedSeverity } from '@franscore/domain';
import { addBusinessMinutes } from '@franscore/scoring';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AlertsService } from '../alerts/alerts.service';
import { PolicySource } from '../scoring/policy-source';
import { Clock } from '../time/clock';
import { complaintErrors } from './complaints.errors';
import { ComplaintsRepository, intakeLocation } from './complaints.repository';
import { requestHash } from './request-hash';
import { StatusTokens } from './status-token';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short reference people can read over the phone: C- and 8 Crockford base-32 characters (40 random bits). */
function newReference(): string {
  const bytes = randomBytes(8);
  return `C-${Array.from(bytes, (b) => CROCKFORD[b % 32]).join('')}`;
}

/** True when an insert lost only because its random reference was taken. */
function referenceTaken(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === 'complaint_reference_key';
}

@Injectable()
export class ComplaintIntakeService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ComplaintsRepository,
    private readonly alerts: AlertsService,
    private readonly policy: PolicySource,
    private readonly tokens: StatusTokens,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 40 random bits rarely collide, but a collision must not lose the complaint: draw again. */
  private async withFreshReference<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (e) {
        if (!referenceTaken(e) || attempt >= 5) throw e;
      }
    }
  }

  async location(code: string): Promise<{ code: string; name: string }> {
    const loc = await intakeLocation(this.ds.manager, code);
    if (!loc) throw complaintErrors.locationNotFound();
    return { code: loc.code, name: loc.name };
  }

  /**
   * Files an anonymous complaint once per (location, idempotency key): a retry
   * with the same body answers the first complaint's receipt and creates nothing;
   * the same key with another body is a conflict, never someone else's receipt.
   * The customer cannot choose the severity: it is suggested from the category.
   * Acknowledged only after commit.
   */
  async submit(code: string, idempotencyKey: string | undefined, body: PublicComplaint): Promise<{ receipt: ComplaintReceipt; created: boolean }> {
    if (body.website) throw complaintErrors.honeypot();
    const key = IdempotencyKeySchema.safeParse(idempotencyKey ?? '');
    if (!key.success) throw complaintErrors.idempotencyKey(idempotencyKey ? key.error.issues[0].message : 'required');
    const loc = await intakeLocation(this.ds.manager, code);
    if (!loc) throw complaintErrors.locationNotFound();

    const rules = await this.policy.current();
    const receivedAt = this.clock.now();
    const severity = suggestedSeverity(body.category);
    // What is stored is what is compared: key order, blanks and an empty contact do not make another request.
    const filed = {
      category: body.category,
      description: body.description,
      remedySought: body.remedySought ?? null,
      contact: body.contact && Object.keys(body.contact).length ? body.contact : null,
    };
    const hash = requestHash(filed);
    const calendar = { timeZone: loc.time_zone, hours: loc.business_hours };
    const outcome = await this.withFreshReference(() => this.ds.transaction(async (m) => {
      const id = await this.repo.insertOnce(m, {
        reference: newReference(),
        locationId: loc.id,
        ...filed,
        severity,
        receivedAt,
        idempotencyKey: key.data,
        requestHash: hash,
        ackDueAt: addBusinessMinutes(calendar, receivedAt, rules.slaMinutes.acknowledge[severity]),
        resolveDueAt: addBusinessMinutes(calendar, receivedAt, rules.slaMinutes.resolve[severity]),
      });
      const alert = id ? await this.alerts.raise(m, id, 'complaint_received', severity, receivedAt) : null;
      const row = await this.repo.byPublicKey(m, loc.id, key.data);
      if (row && row.request_hash !== hash) throw complaintErrors.idempotencyConflict();
      return { row, alert, created: id !== null };
    }));
    this.alerts.publish([outcome.alert]);
    const row = outcome.row;
    if (!row) throw new Error('complaint vanished after insert');
    const statusToken = await this.tokens.tokenFor(row.reference);
    return {
      created: outcome.created,
      receipt: {
        id: row.id,
        reference: row.reference,
        statusToken,
        statusUrl: `${this.config.PUBLIC_URL ?? ''}/status/${statusToken}`,
        receivedAt: row.received_at.toISOString(),
      },
    };
  }
}
