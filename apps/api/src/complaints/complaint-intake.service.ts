import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Category, Channel, ComplaintReceipt, CustomerContact, IdempotencyKeySchema, PublicComplaint, suggestedSeverity } from '@franscore/domain';
import { addBusinessMinutes } from '@franscore/scoring';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AlertsService } from '../alerts/alerts.service';
import { PolicySource } from '../scoring/policy-source';
import { Clock } from '../time/clock';
import { enqueueComplaintEvent } from '../webhooks/webhook-outbox';
import { complaintErrors } from './complaints.errors';
import { ComplaintsRepository, IntakeLocation, intakeLocation } from './complaints.repository';
import { requestHash } from './request-hash';
import { StatusTokens } from './status-token';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A customer's clock may run a little ahead of ours: a visit this far "in the future" is still now. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A short reference people can read over the phone: C- and 8 Crockford base-32 characters (40 random bits). */
function newReference(): string {
  const bytes = randomBytes(8);
  return `C-${Array.from(bytes, (b) => CROCKFORD[b % 32]).join('')}`;
}

/** True when an insert lost only because its random reference was taken. */
function referenceTaken(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === 'complaint_reference_key';
}

/** What a caller files, already validated. */
export interface Filing {
  category: Category;
  description: string;
  remedySought?: string;
  contact?: CustomerContact;
  orderNumber?: string;
  visitedAt?: string;
  /** The sha256 of the customer's photo, when the public form sent one: part of the request's hash. */
  photoSha256?: string;
}

/** Who files: the public form (no client, keys per location) or an API client (its channel, keys per client). */
export interface Filer {
  channel: Channel;
  apiClientId: string | null;
  /** Runs inside the filing's transaction once the request is accepted, new or retried (an API client's last use). */
  onAccepted?: (m: EntityManager, at: Date, filed?: { complaintId: string; created: boolean }) => Promise<void>;
}

export function parseIdempotencyKey(raw: string | undefined): string {
  const key = IdempotencyKeySchema.safeParse(raw ?? '');
  if (!key.success) throw complaintErrors.idempotencyKey(raw ? key.error.issues[0].message : 'required');
  return key.data;
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

  /** An anonymous complaint from the public web form: channel `qr_form`, keys per (location, key). */
  async submit(
    code: string,
    idempotencyKey: string | undefined,
    body: PublicComplaint,
    photo?: { sha256: string; onAccepted: NonNullable<Filer['onAccepted']> },
  ): Promise<{ receipt: ComplaintReceipt; created: boolean }> {
    if (body.website) throw complaintErrors.honeypot();
    const key = parseIdempotencyKey(idempotencyKey);
    const loc = await intakeLocation(this.ds.manager, code);
    if (!loc) throw complaintErrors.locationNotFound();
    const { website: _website, channel: _channel, ...filing } = body;
    if (!photo) return this.file(loc, { channel: 'qr_form', apiClientId: null }, key, filing);
    return this.file(loc, { channel: 'qr_form', apiClientId: null, onAccepted: photo.onAccepted }, key, { ...filing, photoSha256: photo.sha256 });
  }

  /**
   * Files a complaint once per idempotency key (per location for the public form,
   * per API client for a token): a retry with the same body answers the first
   * complaint's receipt and creates nothing; the same key with another body is a
   * conflict, never someone else's receipt. The caller cannot choose the
   * severity: it is suggested from the category. Acknowledged only after commit.
   * An API client without a key gets a fresh one: no retry protection, but no refusal.
   */
  async file(loc: IntakeLocation, filer: Filer, key: string | undefined, body: Filing): Promise<{ receipt: ComplaintReceipt; created: boolean }> {
    const rules = await this.policy.current();
    const receivedAt = this.clock.now();
    if (body.visitedAt && new Date(body.visitedAt).getTime() > receivedAt.getTime() + CLOCK_SKEW_MS) throw complaintErrors.visitedInFuture();
    const severity = suggestedSeverity(body.category);
    // What is stored is what is compared: key order, blanks and an empty contact do not make another request.
    // Fields a request left out stay out of the hash, so hashes kept before they existed still match a retry.
    const filed = {
      category: body.category,
      description: body.description,
      remedySought: body.remedySought ?? null,
      contact: body.contact && Object.keys(body.contact).length ? body.contact : null,
      orderNumber: body.orderNumber,
      visitedAt: body.visitedAt ? new Date(body.visitedAt).toISOString() : undefined,
      photo: body.photoSha256,
      ...(filer.apiClientId ? { locationId: loc.id } : {}),
    };
    const hash = requestHash(filed);
    const idempotencyKey = key ?? `auto:${randomUUID()}`;
    const calendar = { timeZone: loc.time_zone, hours: loc.business_hours };
    const outcome = await this.withFreshReference(() => this.ds.transaction(async (m) => {
      const id = await this.repo.insertOnce(m, {
        reference: newReference(),
        locationId: loc.id,
        channel: filer.channel,
        apiClientId: filer.apiClientId,
        category: filed.category,
        description: filed.description,
        remedySought: filed.remedySought,
        contact: filed.contact,
        orderNumber: filed.orderNumber ?? null,
        visitedAt: filed.visitedAt ? new Date(filed.visitedAt) : null,
        severity,
        receivedAt,
        idempotencyKey,
        requestHash: hash,
        ackDueAt: addBusinessMinutes(calendar, receivedAt, rules.slaMinutes.acknowledge[severity]),
        resolveDueAt: addBusinessMinutes(calendar, receivedAt, rules.slaMinutes.resolve[severity]),
      });
      const alert = id ? await this.alerts.raise(m, id, 'complaint_received', severity, receivedAt) : null;
      if (id) await enqueueComplaintEvent(m, 'complaint.received', id, receivedAt);
      const row = filer.apiClientId ? await this.repo.byClientKey(m, filer.apiClientId, idempotencyKey) : await this.repo.byPublicKey(m, loc.id, idempotencyKey);
      if (row && row.request_hash !== hash) throw complaintErrors.idempotencyConflict();
      if (filer.onAccepted) await filer.onAccepted(m, receivedAt, row ? { complaintId: row.id, created: id !== null } : undefined);
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
