import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { ComplaintReceipt, IssuedApiClient, Page, Role } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { demoWorld, DemoWorld, ROLES } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';
import { BodyGenerator, hostileCsv, JsonSchema } from './hostile-bodies';

/**
 * Property-based fuzz over every write route the OpenAPI document lists (and
 * every list's query): bodies built from the route's schema with one hostile
 * change (NUL, unpaired surrogates, year 0000, huge numbers, wrong types,
 * unknown and prototype keys), sent as a role allowed to call the route.
 * Nothing may answer 5xx, leak a stack, SQL or a file path, or write on a 4xx.
 * Quick by default; FUZZ_RUNS=N cases per route for a longer hunt, FUZZ_SEED to replay.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 8);
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const NO_LIMITS = { LOGIN_RATE_LIMIT: '1000000', INTAKE_RATE_LIMIT_CLIENT: '1000000', INTAKE_RATE_LIMIT_LOCATION: '1000000', STATUS_RATE_LIMIT_CLIENT: '1000000', API_CLIENT_RATE_LIMIT: '1000000' };
/** Signing out would end the session every other case uses. */
const SKIPPED = new Set(['POST /api/auth/logout']);
const LEAK = /\bat [\w$.<>]+ \(|QueryFailedError|\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|node_modules|\/work\/|\/dist\/|\.(?:ts|js):\d+/;
const HOSTILE_ORIGINS = ['null', 'not a url', 'http://', '://x', 'http://[::1'];
const HOSTILE_SEGMENTS = ['a%00b', '%00', '%ED%A0%80', '0000-01-01', '1e308', `${'9'.repeat(400)}`];
const HOSTILE_QUERY_VALUES = ['a%00b', '%00', '0000-01-01T00:00:00Z', '0000-01-01', '0000-01', '10000-01-01T00:00:00Z', '1e308', '-1', '9'.repeat(400), '%ED%A0%80'];

interface Operation {
  method: string;
  path: string;
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  parameters?: Array<{ in: string; name: string }>;
}
interface Case {
  route: string;
  change: string;
  status: number;
}
interface Failure extends Case {
  problem: string;
}

describe('hostile input never answers 5xx, leaks internals or writes on a 4xx', () => {
  let server: RunningServer;
  let w: DemoWorld;
  let ops: Operation[];
  let gen: BodyGenerator;
  let statusToken: string;
  /** An in-store button's token: machine routes answer 401 to anything else. */
  let buttonToken: string;
  const cases: Case[] = [];
  const failures: Failure[] = [];
  const anonymous = () => new ApiClient(() => server.baseUrl);
  let anonymousClient: ApiClient;

  beforeAll(async () => {
    server = await startServer(NO_LIMITS);
    w = await demoWorld(server);
    const doc = (await w.clients.admin.get<{ paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } }>('/api/docs-json')).body;
    gen = new BodyGenerator(doc.components.schemas, [...w.regions, ...w.locations.slice(0, 3)].map((x) => x.id).concat(w.locations[0].franchiseeId));
    ops = Object.entries(doc.paths).flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })));
    const filed = await send(anonymous(), 'POST', `/api/public/locations/${w.locations[0].code}/complaints`, JSON.stringify({ category: 'other', description: 'Fuzz target' }));
    statusToken = (filed.body as ComplaintReceipt).statusToken;
    buttonToken = (await w.clients.admin.post<IssuedApiClient>('/api/api-clients', { name: 'Fuzz button', kind: 'in_store_button', locationId: w.locations[0].id })).body.token;
  }, 120_000);
  afterAll(async () => {
    const byClass = new Map<string, number>();
    for (const c of cases) byClass.set(`${String(c.status).charAt(0)}xx`, (byClass.get(`${String(c.status).charAt(0)}xx`) ?? 0) + 1);
    for (const f of failures.slice(0, 40)) console.log(`${f.route} with ${f.change}: ${f.problem}`);
    const summary = [...byClass].sort().map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`fuzz: seed ${SEED}, ${cases.length} cases over ${new Set(cases.map((c) => c.route)).size} routes (${summary}), ${failures.length} failures`);
    await server?.close();
  });

  async function send(client: ApiClient, method: string, path: string, body?: string, headers: Record<string, string> = {}, contentType = 'application/json') {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        ...(client.cookieHeader() ? { cookie: client.cookieHeader() } : {}),
        ...(method !== 'GET' && client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': contentType } : {}),
        ...headers,
      },
      body,
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // CSV or an empty body: keep the text
    }
    return { status: res.status, text, body: parsed };
  }

  /** What a 4xx must leave untouched: the audit log and every list's total. */
  async function fingerprint(): Promise<string> {
    const lists = ['/api/audit-log', '/api/complaints', '/api/locations', '/api/users', '/api/regions', '/api/franchisees', '/api/audits', '/api/enforcement-cases', '/api/scorecards'];
    const totals = await Promise.all(lists.map(async (p) => `${p}=${(await w.clients.admin.get<Page<unknown>>(`${p}?pageSize=1`)).body.total}`));
    return totals.join(' ');
  }

  /** Sends one case and records every way it can go wrong. */
  async function check(route: string, change: string, client: ApiClient, method: string, path: string, body?: string, headers?: Record<string, string>, contentType?: string) {
    const before = method === 'GET' ? '' : await fingerprint();
    // A connection dropped mid-answer is a server error the status line never showed.
    const res = await send(client, method, path, body, headers, contentType).catch((e: Error) => ({ status: 599, text: `${e.message} (${String(e.cause)})`, body: null }));
    cases.push({ route, change, status: res.status });
    const fail = (problem: string) => failures.push({ route, change, status: res.status, problem });
    if (res.status >= 500) fail(`answered ${res.status}`);
    if (LEAK.test(res.text)) fail(`leaked internals: ${res.text.slice(0, 200)}`);
    if (res.status === 401 && client !== anonymousClient) fail('the session was lost');
    if (method !== 'GET' && res.status >= 400 && res.status < 500 && (await fingerprint()) !== before) fail('wrote on a 4xx');
  }

  /** The first role the route's guard lets through (a body of `[]` is invalid everywhere, so nothing is written). */
  async function roleFor(op: Operation, path: string): Promise<ApiClient> {
    if (path.startsWith('/api/public/') || path.startsWith('/api/client/') || path === '/api/auth/login') return anonymousClient;
    for (const role of ['admin', 'auditor', 'regional_manager', 'franchisee', 'location_staff'] as Role[]) {
      const probe = await send(w.clients[role], op.method, path, op.requestBody ? '[]' : undefined);
      if (probe.status !== 403) return w.clients[role];
    }
    return w.clients.admin;
  }

  /** A real id the client may see for the route's first path parameter, so a valid body would reach the service. */
  async function concretePath(op: Operation, client: ApiClient): Promise<string> {
    const demoUserIds = new Set(ROLES.map((r) => w.users[r].id));
    let first = true;
    let path = op.path;
    for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) {
      let value: string = randomUUID();
      if (name === 'code') value = w.locations[0].code;
      else if (name === 'token') value = statusToken;
      else if (first) {
        const collection = op.path.slice(0, op.path.indexOf(`/{${name}}`));
        const list = (await client.get<Page<{ id: string }> | Array<{ id: string }>>(`${collection}?pageSize=200`)).body;
        const items = Array.isArray(list) ? list : list?.items ?? [];
        // Never a demo user: a fuzzed PATCH could deactivate the session the fuzz runs on.
        value = items.find((i) => !demoUserIds.has(i.id))?.id ?? value;
      }
      first = false;
      path = path.replace(`{${name}}`, value);
    }
    return path;
  }

  const CSV: Record<string, () => { columns: string[]; good: Record<string, string> }> = {
    '/api/locations/import': () => ({
      columns: ['code', 'name', 'address', 'region_code', 'franchisee', 'time_zone', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      good: { code: 'FZZ-001', name: 'Fuzz', address: '1 Fuzz Street', region_code: w.regions[0].code, franchisee: 'nobody in particular', time_zone: 'Europe/Moscow', mon: '09:00-18:00' },
    }),
    '/api/complaints/import': () => ({
      columns: ['reference', 'location_code', 'channel', 'category', 'severity', 'received_at', 'description', 'remedy_sought', 'contact_email', 'contact_phone', 'events'],
      good: { reference: 'FZZ-1', location_code: w.locations[0].code, channel: 'phone', category: 'other', severity: 'minor', received_at: '2026-10-01T10:00:00Z', description: 'Fuzzed', events: 'acknowledged@2026-10-01T10:05:00Z' },
    }),
    '/api/order-volumes/import': () => ({ columns: ['location_code', 'day', 'orders'], good: { location_code: w.locations[0].code, day: '2026-10-01', orders: '100' } }),
  };

  it('every write route and list query survives hostile input', async () => {
    anonymousClient = anonymous();
    const writes = ops.filter((op) => op.method !== 'GET' && !SKIPPED.has(`${op.method} ${op.path}`));
    expect(writes.length).toBeGreaterThan(30);
    for (const op of writes) {
      const route = `${op.method} ${op.path}`;
      const client = await roleFor(op, op.path.replace(/\{\w+\}/g, () => randomUUID()));
      const path = await concretePath(op, client);
      const machine: Record<string, string> = op.path.startsWith('/api/client/') ? { authorization: `Bearer ${buttonToken}` } : {};
      const idempotency = (): Record<string, string> => (op.path.includes('/public/locations/') || op.path.startsWith('/api/client/') ? { ...machine, 'idempotency-key': `fuzz-${randomUUID()}` } : {});
      const origin = fc.option(fc.constantFrom(...HOSTILE_ORIGINS), { freq: 6, nil: undefined });
      const content = op.requestBody?.content ?? {};
      if (content['text/csv']) {
        const table = CSV[op.path];
        if (!table) throw new Error(`${route} takes CSV: add its columns to the fuzz's CSV table`);
        const { columns, good } = table();
        for (const c of fc.sample(hostileCsv(columns, good), { numRuns: RUNS, seed: SEED })) {
          await check(route, c.change, client, op.method, path, c.body, {}, 'text/csv');
        }
      } else if (content['application/json']?.schema) {
        const arbitrary = fc.tuple(gen.hostile(content['application/json'].schema), origin);
        for (const [c, o] of fc.sample(arbitrary, { numRuns: RUNS, seed: SEED })) {
          await check(route, `${c.change}${o ? `, Origin ${o}` : ''}`, client, op.method, path, JSON.stringify(c.body), { ...idempotency(), ...(o ? { origin: o } : {}) });
        }
      }
      // Hostile path segments, for every route that has one (body-less actions included: an invalid id writes nothing).
      for (const name of [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
        for (const segment of HOSTILE_SEGMENTS) {
          const template = op.path.split('/');
          const hostilePath = path.split('/').map((part, i) => (template[i] === `{${name}}` ? segment : part)).join('/');
          await check(route, `${name} = ${segment.slice(0, 20)}`, client, op.method, hostilePath, op.requestBody ? '{}' : undefined, idempotency());
        }
      }
    }

    const lists = ops.filter((op) => op.method === 'GET' && op.parameters?.some((p) => p.in === 'query'));
    for (const op of lists) {
      const route = `GET ${op.path}`;
      const path = await concretePath(op, w.clients.admin);
      const names = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const arbitrary = fc.tuple(fc.constantFrom(...names, '__proto__[polluted]', 'constructor[prototype][x]', `${names[0]}[]`), fc.constantFrom(...HOSTILE_QUERY_VALUES));
      for (const [name, value] of fc.sample(arbitrary, { numRuns: RUNS, seed: SEED })) {
        await check(route, `?${name}=${value.slice(0, 24)}`, w.clients.admin, 'GET', `${path}?${name}=${value}`);
      }
    }

    expect(failures.slice(0, 25)).toEqual([]);
  }, 30 * 60_000);
});
