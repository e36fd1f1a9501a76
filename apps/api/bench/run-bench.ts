import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Pool } from 'pg';
import { ApiClient } from '@franscore/testing';
import { DEMO_PASSWORD } from '@franscore/seed';
import { AuditLogService } from '../src/audit-log/audit-log.service';
import { SlaSweepService } from '../src/complaints/sla-sweep.service';
import { previousPeriod, periodOf } from '../src/scoring/scorecard-explanation';
import { startTestApp, TestApp } from '../src/test/test-app';
import { seedBenchNetwork } from './bench-seed';
import { captureQueries, explainAll } from './explain';
import { keepAliveAgent, timed } from './load';
import { complaintList, Figure, intake, league, PathContext, recompute, scorecardPage, scorePeriod } from './paths';

export type BenchDatabase = 'postgres' | 'embedded';

export interface BenchOptions {
  sizes: number[];
  databases: BenchDatabase[];
  /** The embedded database holds everything in one wasm heap: larger sizes run on PostgreSQL only. */
  embeddedMax: number;
  quick: boolean;
  /** Server on which a fresh database is created per run and dropped after. */
  serverUrl: string;
  /** Write tools/bench/results (never in quick mode). */
  write: boolean;
  /** Also write the plans (EXPLAIN (ANALYZE, BUFFERS)) of the app's statements on each path. */
  explain?: boolean;
  /** PostgreSQL: leave the seeded database on the server (its URL is logged) to EXPLAIN against it later. */
  keep?: boolean;
}

export interface SizeRun {
  database: BenchDatabase;
  /** The machine is shared: its 1-minute load average when this size started. */
  loadAverage: number;
  serverVersion: string;
  locations: number;
  complaints: number;
  events: number;
  seedMs: number;
  figures: Figure[];
}

export interface BenchReport {
  machine: { cpus: number; memoryGiB: number; node: string; loadAverage: number[] };
  runs: SizeRun[];
  /** The results file: the PostgreSQL run of the largest size unqualified, every other run suffixed @database-size. */
  results: Array<Figure & { database?: string; locations?: number }>;
}

const ROOT = resolve(__dirname, '../../..');
export const RESULTS_DIR = join(ROOT, 'tools/bench/results');
const CLIENTS = 16;
const PORTAL_LIMIT_KB = 300;

/** Boots the app on a fresh database of the given kind (test-database reads TEST_DATABASE_URL). */
async function appOn(database: BenchDatabase, serverUrl: string): Promise<TestApp> {
  const saved = process.env['TEST_DATABASE_URL'];
  if (database === 'postgres') process.env['TEST_DATABASE_URL'] = serverUrl;
  else delete process.env['TEST_DATABASE_URL'];
  try {
    // The bench floods intake from one address: the limits are what it must not measure.
    return await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000000', INTAKE_RATE_LIMIT_LOCATION: '100000000' });
  } finally {
    if (saved === undefined) delete process.env['TEST_DATABASE_URL'];
    else process.env['TEST_DATABASE_URL'] = saved;
  }
}

async function runSize(database: BenchDatabase, locations: number, opts: BenchOptions, log: (line: string) => void): Promise<SizeRun> {
  const loadAverage = Math.round(loadavg()[0] * 10) / 10;
  const t = await appOn(database, opts.serverUrl);
  const agent = keepAliveAgent(CLIENTS);
  const raw = new Pool({ connectionString: t.db.url, max: t.db.kind === 'embedded' ? t.db.poolMax : CLIENTS });
  try {
    const now = t.clock.now();
    const seeded = await timed(() => seedBenchNetwork(t.ds, t.app.get(AuditLogService), { locations, now, months: opts.quick ? 1 : 3, perMonth: 33, templates: opts.quick ? 100 : undefined }));
    const { net, complaints, events } = seeded.result;
    // The seeded history's recent breaches have no alerts yet: the minute sweep would raise them all mid-measurement.
    await t.app.get(SlaSweepService).sweep();
    log(`${database} ${locations}: seeded ${complaints} complaints, ${events} events in ${(seeded.ms / 1000).toFixed(1)} s`);
    const admin = new ApiClient(() => t.baseUrl);
    const signIn = await admin.login('admin@franscore.demo', DEMO_PASSWORD);
    if (signIn.status !== 200) throw new Error(`admin sign-in: ${signIn.status}`);
    const x: PathContext = {
      t,
      agent,
      raw,
      cookie: admin.cookieHeader(),
      codes: net.locations.map((l) => l.code),
      period: previousPeriod(periodOf(now)),
      clients: CLIENTS,
      requests: opts.quick ? 32 : 2000,
      runId: `${database}-${locations}-${Date.now().toString(36)}`,
    };
    const figures: Figure[] = [];
    // The month before has its cards (the league shows each location's previous score), with
    // statistics fresh as autovacuum would leave them; the timed recompute comes next.
    await scorePeriod(x, previousPeriod(x.period));
    await raw.query('ANALYZE');
    const analyzed = async (figures: Promise<Figure[]>) => {
      const got = await figures;
      await raw.query('ANALYZE');
      return got;
    };
    for (const path of [() => analyzed(recompute(x, locations)), () => league(x), () => scorecardPage(x), () => complaintList(x), () => intake(x)]) {
      const got = await path();
      for (const f of got) log(`${database} ${locations}: ${f.name} ${f.value} ${f.unit} (limit ${f.limit}, ratio ${f.ratio})`);
      figures.push(...got);
    }
    if (opts.explain) await writePlans(x, `${database}-${locations}`);
    const [{ v }] = (await raw.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows;
    return { database, loadAverage, serverVersion: v.split(' ')[0], locations, complaints, events, seedMs: Math.round(seeded.ms), figures };
  } finally {
    await raw.end();
    agent.destroy();
    if (opts.keep && t.db.kind === 'postgres') {
      await t.app.close();
      log(`${database} ${locations}: kept ${t.db.url}`);
    } else await t.close();
  }
}

/** One more pass of each path with the app's statements captured, and their plans written beside the results. */
async function writePlans(x: PathContext, label: string): Promise<void> {
  const one = { ...x, requests: 1, clients: 1, runId: `${x.runId}-explain` };
  const sections: string[] = [];
  for (const [title, path] of [['recompute', () => recompute(one, 1)], ['league', () => league(one)], ['complaint list', () => complaintList(one)], ['intake', () => intake(one)]] as const) {
    sections.push(await explainAll(x.raw, await captureQueries(x.t.ds, path), title));
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `explain-${label}.txt`), `${sections.join('\n\n')}\n`);
}

/** The portal's initial JavaScript (scripts and module preloads of index.html), gzipped, in kB. */
export function portalInitialJs(dir = join(ROOT, 'dist/apps/portal/browser')): Figure | null {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const files = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]));
  const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
  const kb = Math.round((bytes / 1024) * 10) / 10;
  return { name: 'portal_initial_js', value: kb, unit: 'kB gzip', limit: PORTAL_LIMIT_KB, ratio: Math.round((kb / PORTAL_LIMIT_KB) * 1000) / 1000 };
}

export async function runBench(opts: BenchOptions, log: (line: string) => void = console.log): Promise<BenchReport> {
  const machine = { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 10) / 10) };
  const runs: SizeRun[] = [];
  for (const database of opts.databases) {
    for (const size of opts.sizes) {
      if (database === 'embedded' && size > opts.embeddedMax) continue;
      runs.push(await runSize(database, size, opts, log));
    }
  }
  const results = resultsOf(runs);
  const report = { machine, runs, results };
  if (opts.write && !opts.quick) writeResults(report);
  return report;
}

/**
 * The results file: the PostgreSQL run of the largest size has the plain names,
 * every other run is suffixed @database-size; then the portal's figure.
 */
function resultsOf(runs: SizeRun[]): BenchReport['results'] {
  const headline = [...runs].sort((a, b) => a.locations - b.locations).reverse().find((r) => r.database === 'postgres') ?? runs[runs.length - 1];
  const results: BenchReport['results'] = runs.flatMap((r) =>
    r.figures.map((f) => ({ ...f, name: r === headline ? f.name : `${f.name}@${r.database}-${r.locations}`, database: r.database, locations: r.locations })),
  );
  const portal = portalInitialJs();
  if (portal) results.push(portal);
  return results;
}

export function markdownTable(report: BenchReport): string {
  const lines = [
    `Machine: ${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, load average at start ${report.machine.loadAverage.join(' / ')}`,
    '',
    '| database | locations | complaints | seed s | load | path | Franscore | raw limit | unit | ratio |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of report.runs) {
    for (const f of r.figures) {
      lines.push(`| ${r.database} ${r.serverVersion} | ${r.locations} | ${r.complaints} | ${(r.seedMs / 1000).toFixed(0)} | ${r.loadAverage ?? ''} | ${f.name} | ${f.value} | ${f.limit} | ${f.unit} | ${f.ratio} |`);
    }
  }
  const portal = report.results.find((f) => f.name === 'portal_initial_js');
  if (portal) lines.push('', `Portal initial JavaScript: ${portal.value} kB gzip of ${portal.limit} kB (ratio ${portal.ratio}).`);
  return lines.join('\n');
}

/**
 * Writes this run's sizes to results/runs, then latest.json and latest.md from
 * the latest run of every database and size there (sizes run at different times
 * can be read side by side; each row says its load).
 */
function writeResults(report: BenchReport): void {
  const runsDir = join(RESULTS_DIR, 'runs');
  mkdirSync(runsDir, { recursive: true });
  for (const run of report.runs) writeFileSync(join(runsDir, `${run.database}-${run.locations}.json`), `${JSON.stringify(run, null, 2)}\n`);
  const runs = readdirSync(runsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(runsDir, f), 'utf8')) as SizeRun)
    .sort((a, b) => (a.database === b.database ? a.locations - b.locations : a.database === 'postgres' ? -1 : 1));
  const all: BenchReport = { ...report, runs, results: resultsOf(runs) };
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(all.results, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), `${markdownTable(all)}\n`);
}
