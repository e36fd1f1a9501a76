import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_SIZE, generateComplaints, generateNetwork, generateOrderVolumes, NetworkSize, SeedNetwork } from '@franscore/seed';
import type { PolicyRules } from '@franscore/domain';
import { insertHistorical } from '../complaints/complaints.repository';
import { DerivedColumns, deriveHistorical, HistoricalComplaint } from '../complaints/historical-complaint';
import { AuditLogService, SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { hashPassword } from '../auth/password';
import { insertChunks } from './bulk-insert';
import { recordOrderVolumes } from '../order-volumes/order-volume-recording';
import { OrderVolumesRepository } from '../order-volumes/order-volumes.repository';
import { seedHeadOfficeSettings } from '../settings/demo-settings';


/** Writes a generated network in one transaction (all of it or none), in multi-row inserts. */
export async function seedNetwork(ds: DataSource, audit: AuditLogService, net: SeedNetwork): Promise<void> {
  // Demo users share one password, so one argon2 hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ds.transaction(async (m) => {
    await insertChunks(m, net.regions, (p) => `INSERT INTO region (id, code, name) VALUES ${p}`, (r) => [r.id, r.code, r.name]);
    await insertChunks(
      m,
      net.franchisees,
      (p) => `INSERT INTO franchisee (id, legal_name, contact_email, contact_phone) VALUES ${p}`,
      (f) => [f.id, f.legalName, f.contactEmail, f.contactPhone],
    );
    await insertChunks(
      m,
      net.locations,
      (p) => `INSERT INTO location (id, code, name, address, region_id, franchisee_id, time_zone, business_hours, status, growth_eligible) VALUES ${p}`,
      (l) => [l.id, l.code, l.name, l.address, l.regionId, l.franchiseeId, l.timeZone, JSON.stringify(l.businessHours), l.status, l.growthEligible],
    );
    await insertChunks(
      m,
      net.users,
      (p) => `INSERT INTO app_user (id, email, display_name, password_hash, role, franchisee_id, location_id) VALUES ${p}`,
      (u) => [u.id, u.email, u.displayName, passwordHash, u.role, u.franchiseeId, u.locationId],
    );
    const memberships = net.users.flatMap((u) => u.regionIds.map((regionId) => ({ userId: u.id, regionId })));
    await insertChunks(m, memberships, (p) => `INSERT INTO user_region (user_id, region_id) VALUES ${p}`, (r) => [r.userId, r.regionId]);
    await audit.append(m, SYSTEM_ACTOR, {
      action: 'network.seeded',
      entityType: 'network',
      entityId: 'demo',
      after: { regions: net.regions.length, franchisees: net.franchisees.length, locations: net.locations.length, users: net.users.length },
    });
    await seedHeadOfficeSettings(m, audit, SYSTEM_ACTOR, new Date());
  });
}

/** Locations the demo's head office has never audited (one in twelve, by their place in the network): the audit plan's work. */
export const neverAudited = (index: number): boolean => index % 12 === 11;
/**
 * Half of them opened a week past the audit interval ago, the rest when the history starts: the audit
 * plan then shows locations merely due beside overdue ones. Their history starts at their opening.
 */
export const openedLate = (index: number): boolean => index % 24 === 11;
const LATE_OPENING_DAYS_PAST_INTERVAL = 7;

export interface DemoOptions {
  seed?: number;
  size?: NetworkSize;
  /** Also seed this many months of complaints and handling up to `now`. */
  complaints?: { now: Date; months: number; perMonth: number; rules: PolicyRules };
  /** The point-of-sale feed the order volumes come from (the demo issues one); without it they come as a CSV import would. */
  volumeFeed?: { apiClientId: string; name: string };
}

export async function seedDemo(ds: DataSource, audit: AuditLogService, opts: DemoOptions = {}): Promise<SeedNetwork & { complaints: number }> {
  const seed = opts.seed ?? 1;
  const net = generateNetwork(seed, opts.size ?? DEMO_SIZE);
  await seedNetwork(ds, audit, net);
  if (!opts.complaints) return { ...net, complaints: 0 };
  const { now, rules } = opts.complaints;
  const lateOpening = new Date(now.getTime() - (rules.auditIntervalDays + LATE_OPENING_DAYS_PAST_INTERVAL) * 86_400_000);
  const late = new Set(net.locations.filter((_, i) => openedLate(i)).map((l) => l.id));
  const ready: Array<{ c: HistoricalComplaint; d: DerivedColumns }> = [];
  for (const c of generateComplaints(net, seed, opts.complaints)) {
    if (late.has(c.locationId) && c.receivedAt < lateOpening) continue;
    const derived = deriveHistorical(c, rules, now);
    // The generator follows the timeline rules; anything it got wrong is left out rather than stored inconsistent.
    if ('derived' in derived) ready.push({ c, d: derived.derived });
  }
  const from = new Date(now.getTime() - opts.complaints.months * 31 * 86_400_000);
  const opening = lateOpening.toISOString().slice(0, 10);
  const volumes = generateOrderVolumes(net, seed, from, now).filter((v) => !late.has(v.locationId) || v.day >= opening);
  await ds.transaction(async (m) => {
    // The locations have been open since their history starts: the audit plan counts a never-audited location from its opening.
    await m.query(`UPDATE location SET created_at = CASE WHEN id = ANY($2::uuid[]) THEN $3::timestamptz ELSE $1::timestamptz END`, [from, [...late], lateOpening]);
    await insertHistorical(m, ready);
    // Through the same upsert as the point-of-sale API, so the figures carry their feed and the audit log its entry.
    const codeOf = new Map(net.locations.map((l) => [l.id, l.code]));
    const feed = opts.volumeFeed;
    await recordOrderVolumes(
      m,
      { repo: new OrderVolumesRepository(), audit },
      feed ? { id: null, label: `api-client:${feed.name}` } : SYSTEM_ACTOR,
      feed ? { source: 'pos', apiClientId: feed.apiClientId, name: feed.name } : { source: 'csv' },
      volumes.map((v) => ({ ...v, locationCode: codeOf.get(v.locationId) as string })),
      now,
    );
  });
  return { ...net, complaints: ready.length };
}
