import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import { generateComplaints, generateNetwork, generateOrderVolumes, SeedNetwork } from '@franscore/seed';
import { AuditLogService } from '../src/audit-log/audit-log.service';
import { deriveHistorical } from '../src/complaints/historical-complaint';
import { insertUnnest } from '../src/database/bulk-insert';
import { seedNetwork } from '../src/database/demo-seed';

export interface BenchSeedOptions {
  locations: number;
  now: Date;
  /** Months of history up to `now`; the bench scores the last whole one. */
  months: number;
  /** Mean complaints per location per month (about 100 a quarter is 33). */
  perMonth: number;
  seed?: number;
}

/** Locations generated and written per round: memory stays flat at any size. */
const ROUND = 250;

const COMPLAINT_COLUMNS = [
  ['id', 'uuid'], ['reference', 'text'], ['location_id', 'uuid'], ['channel', 'text'], ['category', 'text'], ['severity', 'text'],
  ['received_at', 'timestamptz'], ['description', 'text'], ['remedy_sought', 'text'], ['contact', 'jsonb'], ['idempotency_key', 'text'],
  ['status', 'text'], ['ack_due_at', 'timestamptz'], ['ack_done_at', 'timestamptz'], ['ack_breached_at', 'timestamptz'],
  ['resolve_due_at', 'timestamptz'], ['resolve_done_at', 'timestamptz'], ['resolve_breached_at', 'timestamptz'],
  ['waiting_since', 'timestamptz'], ['rating', 'smallint'], ['dispute', 'text'], ['event_count', 'integer'],
] as const;
const EVENT_COLUMNS = [['complaint_id', 'uuid'], ['seq', 'integer'], ['type', 'text'], ['at', 'timestamptz'], ['actor_label', 'text'], ['note', 'text'], ['data', 'jsonb']] as const;
const VOLUME_COLUMNS = [['location_id', 'uuid'], ['day', 'date'], ['orders', 'integer'], ['updated_at', 'timestamptz']] as const;

export const networkSize = (locations: number) => ({
  regions: Math.max(2, Math.min(60, Math.round(locations / 800))),
  franchisees: Math.max(4, Math.round(locations / 6)),
  locations,
});

/**
 * A network of any size with months of complaints, timelines, ratings, disputes
 * and order volumes, written a round of locations at a time in unnest batches.
 * The rows are the demo generator's, so the scoring sees the same mix as the demo.
 */
export async function seedBenchNetwork(ds: DataSource, audit: AuditLogService, opts: BenchSeedOptions): Promise<{ net: SeedNetwork; complaints: number; events: number }> {
  const seed = opts.seed ?? 1;
  const net = generateNetwork(seed, networkSize(opts.locations));
  await seedNetwork(ds, audit, net);
  const from = new Date(opts.now.getTime() - opts.months * 31 * 86_400_000);
  let complaints = 0;
  let events = 0;
  for (let start = 0, round = 0; start < net.locations.length; start += ROUND, round++) {
    const part: SeedNetwork = { ...net, locations: net.locations.slice(start, start + ROUND) };
    const rows: unknown[][] = [];
    const eventRows: unknown[][] = [];
    for (const c of generateComplaints(part, seed + round, { now: opts.now, months: opts.months, perMonth: opts.perMonth, rules: DEFAULT_POLICY_RULES })) {
      const derived = deriveHistorical(c, DEFAULT_POLICY_RULES, opts.now);
      if (!('derived' in derived)) continue;
      const d = derived.derived;
      // References are numbered per generator call: the round keeps them unique across the network.
      const reference = `${c.reference}-${round}`;
      // The generator's ids come from a 32-bit PRNG per round: across hundreds of rounds they could meet.
      const id = randomUUID();
      rows.push([
        id, reference, c.locationId, c.channel, c.category, c.severity, c.receivedAt, c.description, c.remedySought,
        c.contact ? JSON.stringify(c.contact) : null, c.idempotencyKey, d.status, d.ack_due_at, d.ack_done_at, d.ack_breached_at,
        d.resolve_due_at, d.resolve_done_at, d.resolve_breached_at, d.waiting_since, d.rating, d.dispute, d.event_count,
      ]);
      c.events.forEach((e, i) => eventRows.push([id, i + 1, e.type, e.at, e.actorLabel, e.note, JSON.stringify(e.data)]));
    }
    const volumes = generateOrderVolumes(part, seed + round, from, opts.now).map((v) => [v.locationId, v.day, v.orders, opts.now]);
    await ds.transaction(async (m) => {
      await insertUnnest(m, 'complaint', COMPLAINT_COLUMNS, rows);
      await insertUnnest(m, 'complaint_event', EVENT_COLUMNS, eventRows);
      await insertUnnest(m, 'order_volume', VOLUME_COLUMNS, volumes);
    });
    complaints += rows.length;
    events += eventRows.length;
  }
  // Fresh statistics, as autovacuum would have them on a live database.
  await ds.query('ANALYZE');
  return { net, complaints, events };
}
