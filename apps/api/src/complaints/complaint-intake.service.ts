import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Category, Channel, ComplaintReceipt, CustomerContact, IdempotencyKeySchema, PolicyRules, PublicComplaint, Severity, suggestedSeverity } from '@franscore/domain';
import { addBusinessMinutes } from '@franscore/scoring';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DATABASE, DatabaseHandle } from '../database/embedded-database';
import { HotStatement, hotStatements } from '../database/hot-statement';
import { Alert, alertRoles } from '../alerts/alert';
import { AlertsService } from '../alerts/alerts.service';
import { PolicySource } from '../scoring/policy-source';
import { Clock } from '../time/clock';
import { enqueueComplaintEvent } from '../webhooks/webhook-outbox';
import { complaintErrors } from './complaints.errors';
import { ComplaintRow, ComplaintsRepository, IntakeLocation, intakeLocation, KnownLocation, NewComplaint } from './complaints.repository';
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

/** Locations the public form remembers (more than the largest chain has): past that, the oldest is read again. */
const KNOWN_LOCATIONS = 50_000;

/** True when an insert lost only because its random reference was taken. */
function referenceTaken(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === 'complaint_reference_key';
}

type KeyedRow = Pick<ComplaintRow, 'id' | 'reference' | 'received_at'> & { request_hash: string | null };
interface Outcome {
  row: Pick<ComplaintRow, 'id' | 'reference' | 'received_at'> | null;
  alert: Alert | null;
  created: boolean;
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
  private readonly hot: HotStatement;
  /**
   * The public form's locations by code, as last read. Never trusted: the insert re-checks
   * the row (status, calendar, scope, policy in force) and files nothing when it changed,
   * and the request then reads the location afresh.
   */
  private readonly known = new Map<string, IntakeLocation>();
  /** One copy of each published policy's rules for all the locations remembered with it (they never change). */
  private readonly policies = new Map<string, PolicyRules>();

  constructor(
    private readonly ds: DataSource,
    private readonly repo: ComplaintsRepository,
    private readonly alerts: AlertsService,
    private readonly policy: PolicySource,
    private readonly tokens: StatusTokens,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE) db: DatabaseHandle,
  ) {
    this.hot = hotStatements(ds, db);
  }

  /**
   * The complaint and its alert in one statement (the public form: nothing else joins the filing): a new
   * complaint costs one round trip; a retried key one more, to read the first complaint and compare hashes.
   */
  private async fileAtOnce(
    loc: IntakeLocation,
    severity: Severity,
    draft: () => NewComplaint,
    byKey: (m: EntityManager) => Promise<KeyedRow | null>,
    hash: string,
    known?: KnownLocation,
  ): Promise<Outcome | null> {
    const roles = alertRoles('complaint_received', severity);
    const filed = await this.withFreshReference(() => this.repo.fileOnce(this.hot, draft(), { roles }, known));
    // A remembered location that changed, or a retried key: the caller starts over with a fresh read.
    if (!filed && known) return null;
    if (!filed) {
      const row = await byKey(this.ds.manager);
      if (row && row.request_hash !== hash) throw complaintErrors.idempotencyConflict();
      return { row, alert: null, created: false };
    }
    const alert: Alert | null =
      filed.alert_id && filed.alert_at && filed.alert_roles
        ? {
            id: filed.alert_id,
            kind: 'complaint_received',
            complaintId: filed.id,
            reference: filed.reference,
            locationId: loc.id,
            locationCode: loc.code,
            regionId: loc.region_id,
            franchiseeId: loc.franchisee_id,
            severity,
            at: filed.alert_at.toISOString(),
            roles: filed.alert_roles,
          }
        : null;
    return { row: filed, alert, created: true };
  }

  /** The complaint, its alert and the filer's own write (an API client's last use) in one transaction. */
  private fileInTransaction(
    draft: () => NewComplaint,
    byKey: (m: EntityManager) => Promise<KeyedRow | null>,
    hash: string,
    onAccepted: NonNullable<Filer['onAccepted']>,
    receivedAt: Date,
  ): Promise<Outcome> {
    return this.withFreshReference(() =>
      this.ds.transaction(async (m) => {
        const c = draft();
        const id = await this.repo.insertOnce(m, c);
        const alert = id ? await this.alerts.raise(m, id, 'complaint_received', c.severity, receivedAt) : null;
        if (id) await enqueueComplaintEvent(m, 'complaint.received', id, receivedAt);
        const row = await byKey(m);
        if (row && row.request_hash !== hash) throw complaintErrors.idempotencyConflict();
        await onAccepted(m, receivedAt, row ? { complaintId: row.id, created: id !== null } : undefined);
        return { row, alert, created: id !== null };
      }),
    );
  }

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
    const { website: _website, channel: _channel, ...filing } = body;
    const policyDay = this.clock.now().toISOString().slice(0, 10);
    const remembered = photo ? undefined : this.known.get(code);
    if (remembered) {
      // One round trip: the insert checks the remembered location. Null: it changed, or the key was seen.
      const filed = await this.fileChecked({ location: remembered, policyDay }, key, filing);
      if (filed) return filed;
      this.known.delete(code);
    }
    // The policy in force comes with the location (the day PolicySource.inForce would read): one round trip.
    const loc = await intakeLocation(this.ds.manager, code, policyDay);
    if (!loc) throw complaintErrors.locationNotFound();
    if (!photo) {
      this.remember(code, loc);
      return this.file(loc, { channel: 'qr_form', apiClientId: null }, key, filing);
    }
    return this.file(loc, { channel: 'qr_form', apiClientId: null, onAccepted: photo.onAccepted }, key, { ...filing, photoSha256: photo.sha256 });
  }

  private remember(code: string, loc: IntakeLocation): void {
    if (!loc.policy_id || !loc.policy_rules) return;
    const rules = this.policies.get(loc.policy_id) ?? loc.policy_rules;
    this.policies.set(loc.policy_id, rules);
    this.known.delete(code);
    if (this.known.size >= KNOWN_LOCATIONS) this.known.delete(this.known.keys().next().value as string);
    this.known.set(code, { ...loc, policy_rules: rules });
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
    const filed = await this.fileAs(loc, filer, key, body);
    if (!filed) throw new Error('complaint vanished after insert');
    return filed;
  }

  /** The public form's filing against a remembered location: null when it must be read again (see fileOnce). */
  private fileChecked(known: KnownLocation, key: string, body: Filing): Promise<{ receipt: ComplaintReceipt; created: boolean } | null> {
    return this.fileAs(known.location, { channel: 'qr_form', apiClientId: null }, key, body, known);
  }

  private async fileAs(
    loc: IntakeLocation,
    filer: Filer,
    key: string | undefined,
    body: Filing,
    known?: KnownLocation,
  ): Promise<{ receipt: ComplaintReceipt; created: boolean } | null> {
    const rules = loc.policy_rules ?? (await this.policy.current());
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
    const draft = (): NewComplaint => ({
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
    const byKey = (m: EntityManager) => (filer.apiClientId ? this.repo.byClientKey(m, filer.apiClientId, idempotencyKey) : this.repo.byPublicKey(m, loc.id, idempotencyKey));
    const outcome = filer.onAccepted ? await this.fileInTransaction(draft, byKey, hash, filer.onAccepted, receivedAt) : await this.fileAtOnce(loc, severity, draft, byKey, hash, known);
    if (!outcome) return null;
    this.alerts.publish([outcome.alert]);
    const row = outcome.row;
    if (!row) return null;
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
