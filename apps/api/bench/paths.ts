import type { Agent } from 'node:http';
import { Pool } from 'pg';
import { CATEGORIES, SUGGESTED_SEVERITY } from '@franscore/domain';
import { SYSTEM_ACTOR } from '../src/audit-log/audit-log.service';
import { RecomputeService } from '../src/scoring/recompute.service';
import { previousPeriod } from '../src/scoring/scorecard-explanation';
import type { TestApp } from '../src/test/test-app';
import { http, load, timed } from './load';

/** One figure of the run beside its limit measured in the same run; ratio = value / limit. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  limit: number;
  ratio: number;
}

export interface PathContext {
  t: TestApp;
  agent: Agent;
  /** The raw side: `pg` straight to the same database, as many connections as clients (PGlite serves one). */
  raw: Pool;
  cookie: string;
  codes: string[];
  period: string;
  clients: number;
  requests: number;
  /** Distinguishes this run's idempotency keys and references from every other run's. */
  runId: string;
}

const figure = (name: string, value: number, unit: string, limit: number): Figure => ({
  name,
  value: round(value),
  unit,
  limit: round(limit),
  ratio: round(limit ? value / limit : 0, 3),
});
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

function expectStatus(status: number, ok: number[], what: string, body: string): void {
  if (!ok.includes(status)) throw new Error(`${what}: HTTP ${status} ${body.slice(0, 300)}`);
}

/** Public intake over HTTP against single-row INSERT transactions of the same rows, at the same concurrency. */
export async function intake(x: PathContext): Promise<Figure[]> {
  const complaint = (i: number) => {
    const category = CATEGORIES[i % CATEGORIES.length];
    return { code: x.codes[i % x.codes.length], key: `bench-${x.runId}-${i}`, category, description: `Bench complaint ${i}: waited far too long.` };
  };
  const app = await load(x.requests, x.clients, async (i) => {
    const c = complaint(i);
    const res = await http(x.agent, `${x.t.baseUrl}/api/public/locations/${encodeURIComponent(c.code)}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': c.key },
      body: JSON.stringify({ category: c.category, description: c.description, contact: { email: 'guest@example.com' } }),
    });
    expectStatus(res.status, [201], 'intake', res.body);
  });
  const ids = new Map<string, string>(
    (await x.raw.query<{ id: string; code: string }>(`SELECT id, code FROM location WHERE code = ANY($1::text[])`, [x.codes])).rows.map((r) => [r.code, r.id]),
  );
  const now = x.t.clock.now();
  const raw = await load(x.requests, x.clients, async (i) => {
    const c = complaint(i);
    const client = await x.raw.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO complaint (reference, location_id, channel, category, severity, received_at, description, contact, idempotency_key, ack_due_at, resolve_due_at)
         VALUES ($1, $2, 'qr_form', $3, $4, $5, $6, $7, $8, $5, $5)`,
        [`R-${x.runId}-${i}`, ids.get(c.code), c.category, SUGGESTED_SEVERITY[c.category], now, c.description, JSON.stringify({ email: 'guest@example.com' }), `raw-${c.key}`],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
  return [figure('intake', app.rate, 'complaints/s', raw.rate)];
}

/**
 * The recompute of a period through the app (a job: aggregate, score, stage,
 * publish) against the bare aggregation of the same rows in one statement.
 */
/** Runs the recompute job of a period to the end, as an auditor's request would. */
export async function scorePeriod(x: PathContext, period: string): Promise<void> {
  const recomputes = x.t.app.get(RecomputeService);
  const job = await recomputes.start(SYSTEM_ACTOR, period);
  for (let j = job; ; j = await recomputes.job(job.id)) {
    if (j.status === 'failed') throw new Error(`recompute failed: ${j.error}`);
    if (j.status === 'done') return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The recompute of a period through the app (a job: aggregate, score, stage,
 * publish) against the bare aggregation of the same rows in one statement.
 */
export async function recompute(x: PathContext, locations: number): Promise<Figure[]> {
  const app = await timed(() => scorePeriod(x, x.period));
  const raw = await timed(() =>
    x.raw.query(
      `SELECT c.location_id, c.severity, count(*) AS eligible,
              count(*) FILTER (WHERE c.ack_done_at IS NOT NULL AND c.ack_breached_at IS NULL) AS ack_on_time,
              count(*) FILTER (WHERE c.resolve_done_at IS NOT NULL AND c.resolve_breached_at IS NULL) AS resolve_on_time,
              count(c.rating) AS ratings, count(*) FILTER (WHERE c.rating >= 4) AS positive
       FROM complaint c JOIN location l ON l.id = c.location_id
       WHERE c.received_at >= (($1::text || '-01')::timestamp AT TIME ZONE l.time_zone)
         AND c.received_at < ((($1::text || '-01')::timestamp + interval '1 month') AT TIME ZONE l.time_zone) AND c.dispute <> 'upheld'
       GROUP BY c.location_id, c.severity`,
      [x.period],
    ),
  );
  return [
    figure('recompute', app.ms, 'ms', raw.ms),
    figure('recompute_per_location', (app.ms * 1000) / locations, 'µs', (raw.ms * 1000) / locations),
  ];
}

/** Sequential page loads (one client: latency, not throughput) against the raw query, p50 and p99 each. */
async function latency(x: PathContext, name: string, path: (i: number) => string, rawSql: string, rawParams: (i: number) => unknown[]): Promise<Figure[]> {
  const n = Math.max(20, Math.round(x.requests / 4));
  const app = await load(n, 1, async (i) => {
    const res = await http(x.agent, `${x.t.baseUrl}${path(i)}`, { headers: { cookie: x.cookie } });
    expectStatus(res.status, [200], name, res.body);
  });
  const raw = await load(n, 1, async (i) => void (await x.raw.query(rawSql, rawParams(i))));
  return [figure(`${name}_p50`, app.p50, 'ms', raw.p50), figure(`${name}_p99`, app.p99, 'ms', raw.p99)];
}

export function league(x: PathContext): Promise<Figure[]> {
  return latency(
    x,
    'league',
    () => `/api/league-table?period=${x.period}&page=1&pageSize=50&sort=-overall`,
    `SELECT c.id, l.id AS location_id, l.code, l.name, r.id AS region_id, r.name AS region_name, f.id AS franchisee_id, f.legal_name,
            c.overall, c.band, c.provisional, p.overall AS previous_overall, st.official_id, st.latest_id,
            rank() OVER (PARTITION BY (c.overall IS NOT NULL AND NOT c.provisional) ORDER BY c.overall DESC) AS rank,
            count(*) OVER () AS total
     FROM scorecard_standing st JOIN scorecard c ON c.id = st.standing_id
     JOIN location l ON l.id = st.location_id JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id
     LEFT JOIN scorecard_standing pst ON pst.location_id = st.location_id AND pst.period = $2
     LEFT JOIN scorecard p ON p.id = pst.standing_id
     WHERE st.period = $1 ORDER BY c.overall DESC NULLS LAST, l.code LIMIT 50`,
    () => [x.period, previousPeriod(x.period)],
  );
}

export async function scorecardPage(x: PathContext): Promise<Figure[]> {
  const ids = (await x.raw.query<{ id: string }>(`SELECT standing_id AS id FROM scorecard_standing WHERE period = $1 ORDER BY location_id LIMIT 500`, [x.period])).rows.map((r) => r.id);
  return latency(
    x,
    'scorecard',
    (i) => `/api/scorecards/${ids[(i * 7919) % ids.length]}`,
    `SELECT s.*, l.code, l.name, r.name AS region_name, f.legal_name, st.official_id, st.latest_id
     FROM scorecard s JOIN scorecard_standing st ON st.location_id = s.location_id AND st.period = s.period
     JOIN location l ON l.id = s.location_id JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id
     WHERE s.id = $1`,
    (i) => [ids[(i * 7919) % ids.length]],
  );
}

/** The complaint list's first page as an admin sees it, 16 clients at once, against its count and page queries. */
export async function complaintList(x: PathContext): Promise<Figure[]> {
  const app = await load(Math.ceil(x.requests / 2), x.clients, async () => {
    const res = await http(x.agent, `${x.t.baseUrl}/api/complaints?page=1&pageSize=50&sort=-receivedAt`, { headers: { cookie: x.cookie } });
    expectStatus(res.status, [200], 'complaint list', res.body);
  });
  const raw = await load(Math.ceil(x.requests / 2), x.clients, async () => {
    await x.raw.query(`SELECT count(*) FROM complaint`);
    await x.raw.query(
      `SELECT c.*, l.code AS location_code, l.name AS location_name FROM complaint c JOIN location l ON l.id = c.location_id
       ORDER BY c.received_at DESC, c.id LIMIT 50`,
    );
  });
  return [figure('complaint_list', app.rate, 'pages/s', raw.rate)];
}
