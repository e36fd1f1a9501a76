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
  /** Locations the generator writes (default TEMPLATE_LOCATIONS); the others copy their histories. */
  templates?: number;
}

/** Locations generated and written per round: memory stays flat at any size. */
const ROUND = 250;

const COMPLAINT_COLUMNS = [
  ['id', 'uuid'], ['reference', 'text'], ['location_id', 'uuid'], ['channel', 'text'], ['category', 'text'], ['severity', 'text'],
  ['received_at', 'timestamptz'], ['description', 'text'], ['remedy_sought', 'text'], ['contact', 'jsonb'], ['idempotency_key', 'text'],
  ['status', 'text'], ['ack_due_at', 'timestamptz'], ['ack_done_at', 'timestamptz'], ['ack_breached_at', 'timestamptz'],
  ['resolve_due_at', 'timestamptz'], ['resolve_done_at', 'timestamptz'], ['resolve_breached_at', 'timestamptz'],
  ['waiting_since', 'timestamptz'], ['rating', 'smallint'], ['dispute', 'text'], ['event_count', 'integer'],
  // What the complaint_scoring_times trigger writes with the events (it is off while the seed writes).
  ['first_rating', 'smallint'], ['first_rated_at', 'timestamptz'], ['upheld_at', 'timestamptz'],
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
        ...scoringTimes(c.events),
      ]);
      c.events.forEach((e, i) => round.events.push([id, i + 1, e.type, iso(e.at), e.actorLabel, e.note, JSON.stringify(e.data)]));
    }
    for (const v of generateOrderVolumes(part, sliceSeed, from, opts.now)) round.volumes.push([v.locationId, v.day, v.orders, iso(opts.now)]);
    await yieldToIo();
  }
  return round;
}

/** The first rating, its time and the upheld ruling's time, as the complaint_scoring_times trigger keeps them. */
function scoringTimes(events: ReadonlyArray<{ type: string; at: Date; data: Record<string, unknown> }>): [number | null, string | null, string | null] {
  const rated = events.find((e) => e.type === 'followup_rating');
  const upheld = events.find((e) => e.type === 'dispute_upheld');
  const rating = rated ? Number(rated.data['rating']) : null;
  return [rating !== null && Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null, rated ? iso(rated.at) : null, upheld ? iso(upheld.at) : null];
}

/** Locations whose history the generator writes; every other location gets a copy of one of theirs. */
export const TEMPLATE_LOCATIONS = 1000;
/** Locations copied per statement round. */
const COPY_ROUND = 2000;

/** Locations with the same time zone and hours can share a history: its due times hold for both. */
const calendarKey = (l: SeedNetwork['locations'][number]) => `${l.timeZone}|${JSON.stringify(l.businessHours)}`;

/**
 * Splits the network into the locations the generator writes (the first
 * TEMPLATE_LOCATIONS, plus any location whose calendar none of them has) and
 * the rest, each paired with a template of its own calendar.
 */
export function planCopies(locations: SeedNetwork['locations'], templates = TEMPLATE_LOCATIONS): { generated: SeedNetwork['locations']; copies: Array<{ templateId: string; targetId: string }> } {
  const byCalendar = new Map<string, string[]>();
  const generated: SeedNetwork['locations'] = [];
  const copies: Array<{ templateId: string; targetId: string }> = [];
  locations.forEach((l, i) => {
    const group = byCalendar.get(calendarKey(l));
    if (i < templates || !group) {
      generated.push(l);
      byCalendar.set(calendarKey(l), [...(group ?? []), l.id]);
    } else {
      copies.push({ templateId: group[copies.length % group.length], targetId: l.id });
    }
  });
  return { generated, copies };
}

/**
 * Copies the templates' complaints, timelines and order volumes to their
 * targets inside the database (new ids; references suffixed by the target's
 * position), so a 50,000-location network costs the generator only 1,000.
 */
async function copyHistories(ds: DataSource, copies: Array<{ templateId: string; targetId: string }>): Promise<void> {
  for (let i = 0; i < copies.length; i += COPY_ROUND) {
    const part = copies.slice(i, i + COPY_ROUND);
    const params = [part.map((c) => c.templateId), part.map((c) => c.targetId), part.map((_, j) => i + j)];
    await ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`CREATE TEMP TABLE bench_copy (old_id uuid, new_id uuid, target_id uuid, n int) ON COMMIT DROP`);
      await m.query(
        `INSERT INTO bench_copy SELECT c.id, gen_random_uuid(), p.target_id, p.n
         FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS p(template_id, target_id, n) JOIN complaint c ON c.location_id = p.template_id`,
        params,
      );
      const columns = COMPLAINT_COLUMNS.map(([c]) => c).filter((c) => !['id', 'reference', 'location_id'].includes(c));
      await m.query(
        `INSERT INTO complaint (id, reference, location_id, ${columns.join(', ')})
         SELECT k.new_id, c.reference || '-' || k.n, k.target_id, ${columns.map((c) => `c.${c}`).join(', ')}
         FROM bench_copy k JOIN complaint c ON c.id = k.old_id`,
      );
      await m.query(
        `INSERT INTO complaint_event (complaint_id, seq, type, at, actor_label, note, data)
         SELECT k.new_id, e.seq, e.type, e.at, e.actor_label, e.note, e.data FROM bench_copy k JOIN complaint_event e ON e.complaint_id = k.old_id`,
      );
      await m.query(
        `INSERT INTO order_volume (location_id, day, orders, updated_at)
         SELECT p.target_id, v.day, v.orders, v.updated_at
         FROM unnest($1::uuid[], $2::uuid[]) AS p(template_id, target_id) JOIN order_volume v ON v.location_id = p.template_id`,
        params.slice(0, 2),
      );
    });
  }
}

/**
 * A network of any size with months of complaints, timelines, ratings, disputes
 * and order volumes. The generator writes the templates a round of locations at
 * a time in unnest batches, each round generated while the previous one is
 * written; larger networks copy the templates' histories in SQL. The rows are
 * the demo generator's, so the scoring sees the same mix as the demo.
 */
export async function seedBenchNetwork(ds: DataSource, audit: AuditLogService, opts: BenchSeedOptions): Promise<{ net: SeedNetwork; complaints: number; events: number }> {
  const seed = opts.seed ?? 1;
  const net = generateNetwork(seed, networkSize(opts.locations));
  await seedNetwork(ds, audit, net);
  const from = new Date(opts.now.getTime() - opts.months * 31 * 86_400_000);
  const { generated, copies } = planCopies(net.locations, opts.templates);
  const counter = { n: 0 };
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < generated.length; start += ROUND) {
    const round = await generateRound(net, generated.slice(start, start + ROUND), seed, opts, from, counter);
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
  }
  await writing;
  await copyHistories(ds, copies);
  // Fresh statistics, as autovacuum would have them on a live database.
  await ds.query('ANALYZE');
  const [{ complaints, events }] = await ds.query(
    `SELECT (SELECT count(*) FROM complaint)::int AS complaints, (SELECT count(*) FROM complaint_event)::int AS events`,
  );
  return { net, complaints, events };
}
