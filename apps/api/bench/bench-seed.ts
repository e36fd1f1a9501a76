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

interface Round {
  complaints: unknown[][];
  events: unknown[][];
  volumes: unknown[][];
}

/** Locations generated per slice: between slices the event loop lets the previous round's inserts flow. */
const SLICE = 25;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One round's rows, generated in slices so the database keeps inserting the
 * previous round meanwhile (the generator is CPU in this process, the inserts
 * CPU in the database's: on two cores they overlap).
 */
async function generateRound(net: SeedNetwork, locations: SeedNetwork['locations'], seed: number, opts: BenchSeedOptions, from: Date, counter: { n: number }): Promise<Round> {
  const round: Round = { complaints: [], events: [], volumes: [] };
  for (let s = 0; s < locations.length; s += SLICE) {
    const part: SeedNetwork = { ...net, locations: locations.slice(s, s + SLICE) };
    const sliceSeed = seed + counter.n;
    for (const c of generateComplaints(part, sliceSeed, { now: opts.now, months: opts.months, perMonth: opts.perMonth, rules: DEFAULT_POLICY_RULES })) {
      const derived = deriveHistorical(c, DEFAULT_POLICY_RULES, opts.now);
      if (!('derived' in derived)) continue;
      const d = derived.derived;
      // The generator's ids and references are per call (its ids from a 32-bit PRNG): across thousands of calls they could meet.
      const id = randomUUID();
      round.complaints.push([
        id, `C-B${String(++counter.n).padStart(9, '0')}`, c.locationId, c.channel, c.category, c.severity, iso(c.receivedAt), c.description, c.remedySought,
        c.contact ? JSON.stringify(c.contact) : null, c.idempotencyKey, d.status, iso(d.ack_due_at), iso(d.ack_done_at), iso(d.ack_breached_at),
        iso(d.resolve_due_at), iso(d.resolve_done_at), iso(d.resolve_breached_at), iso(d.waiting_since), d.rating, d.dispute, d.event_count,
      ]);
      c.events.forEach((e, i) => round.events.push([id, i + 1, e.type, iso(e.at), e.actorLabel, e.note, JSON.stringify(e.data)]));
    }
    for (const v of generateOrderVolumes(part, sliceSeed, from, opts.now)) round.volumes.push([v.locationId, v.day, v.orders, iso(opts.now)]);
    await yieldToIo();
  }
  return round;
}

/**
 * A network of any size with months of complaints, timelines, ratings, disputes
 * and order volumes, written a round of locations at a time in unnest batches,
 * each round generated while the previous one is written. The rows are the demo
 * generator's, so the scoring sees the same mix as the demo.
 */
export async function seedBenchNetwork(ds: DataSource, audit: AuditLogService, opts: BenchSeedOptions): Promise<{ net: SeedNetwork; complaints: number; events: number }> {
  const seed = opts.seed ?? 1;
  const net = generateNetwork(seed, networkSize(opts.locations));
  await seedNetwork(ds, audit, net);
  const from = new Date(opts.now.getTime() - opts.months * 31 * 86_400_000);
  const counter = { n: 0 };
  let complaints = 0;
  let events = 0;
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < net.locations.length; start += ROUND) {
    const round = await generateRound(net, net.locations.slice(start, start + ROUND), seed, opts, from, counter);
    await writing;
    writing = ds.transaction(async (m) => {
      // The rows reference ids generated above: skipping the per-row foreign-key triggers
      // (superuser, this transaction only) halves the write; nothing the bench measures runs under it.
      await m.query(`SET LOCAL session_replication_role = replica`);
      await insertUnnest(m, 'complaint', COMPLAINT_COLUMNS, round.complaints);
      await insertUnnest(m, 'complaint_event', EVENT_COLUMNS, round.events);
      await insertUnnest(m, 'order_volume', VOLUME_COLUMNS, round.volumes);
    });
    // A failed round must fail the seed even while the next one is being generated.
    writing.catch(() => undefined);
    complaints += round.complaints.length;
    events += round.events.length;
  }
  await writing;
  // Fresh statistics, as autovacuum would have them on a live database.
  await ds.query('ANALYZE');
  return { net, complaints, events };
}
