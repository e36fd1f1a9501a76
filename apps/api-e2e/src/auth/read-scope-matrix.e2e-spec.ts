import type { AuditSummary, CaseSummary, ComplaintSummary, Location, Page, Role, Scorecard } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { DemoWorld, demoWorld, ROLES, sees } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

type Target = 'own' | 'other';

/** Ids of the demo's records at each location, read as admin. */
interface Records {
  complaint: Map<string, string>;
  scorecard: Map<string, string>;
  audit: Map<string, string>;
  enforcementCase: Map<string, string>;
}

interface ReadCase {
  name: string;
  /** null: the record kind has no row at that location in the demo; the row is skipped. */
  path: (w: DemoWorld, r: Records, role: Role, target: Target) => string | null;
  allowed: Role[];
  scoped: boolean;
}

const ALL = ROLES;
const HEAD_OFFICE_AND_MANAGERS: Role[] = ['admin', 'auditor', 'regional_manager'];
/** A record at a location the role sees (own) or does not (other), or null when the demo has none. */
function pick(w: DemoWorld, records: Map<string, string>, role: Role, t: Target): string | null {
  for (const [locationId, id] of records) {
    const location = w.locations.find((l) => l.id === locationId) as Location;
    if (sees(w.users[role], location) === (t === 'own')) return id;
  }
  return null;
}

const CASES: ReadCase[] = [
  { name: 'list complaints', path: () => '/api/complaints', allowed: ALL, scoped: false },
  { name: 'get complaint', path: (w, r, role, t) => idPath('/api/complaints', pick(w, r.complaint, role, t)), allowed: ALL, scoped: true },
  { name: 'export complaints', path: () => '/api/complaints/export', allowed: ALL, scoped: false },
  { name: 'list scorecards', path: () => '/api/scorecards', allowed: ALL, scoped: false },
  { name: 'get scorecard', path: (w, r, role, t) => idPath('/api/scorecards', pick(w, r.scorecard, role, t)), allowed: ALL, scoped: true },
  { name: 'scorecard PDF', path: (w, r, role, t) => suffix(idPath('/api/scorecards', pick(w, r.scorecard, role, t)), '/pdf'), allowed: ALL, scoped: true },
  { name: 'league table', path: () => '/api/league-table?period=2026-10', allowed: ALL, scoped: false },
  { name: 'list audits', path: () => '/api/audits', allowed: ALL, scoped: false },
  { name: 'get audit', path: (w, r, role, t) => idPath('/api/audits', pick(w, r.audit, role, t)), allowed: ALL, scoped: true },
  { name: 'list enforcement cases', path: () => '/api/enforcement-cases', allowed: ALL, scoped: false },
  { name: 'get enforcement case', path: (w, r, role, t) => idPath('/api/enforcement-cases', pick(w, r.enforcementCase, role, t)), allowed: ALL, scoped: true },
  { name: 'policies', path: () => '/api/policies', allowed: ALL, scoped: false },
  { name: 'simulation inputs', path: () => '/api/policies/simulation-inputs?period=2026-10', allowed: ['admin', 'auditor'], scoped: false },
  { name: 'reviews', path: () => '/api/reviews', allowed: HEAD_OFFICE_AND_MANAGERS, scoped: false },
  { name: 'inbox', path: () => '/api/inbox', allowed: ALL, scoped: false },
  { name: 'alerts', path: () => '/api/alerts', allowed: ALL, scoped: false },
];

function idPath(base: string, id: string | null): string | null {
  return id ? `${base}/${id}` : null;
}
function suffix(path: string | null, tail: string): string | null {
  return path ? `${path}${tail}` : null;
}

async function allPages<T>(client: ApiClient, path: string): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const res = await client.get<Page<T>>(`${path}${path.includes('?') ? '&' : '?'}page=${page}&pageSize=200`);
    out.push(...res.body.items);
    if (out.length >= res.body.total || res.body.items.length === 0) return out;
  }
}

/** The read side of every later context, per role, on a location in and out of scope: 200, 403 or 404. */
describe('read scope matrix', () => {
  let server: RunningServer;
  let w: DemoWorld;
  let r: Records;

  beforeAll(async () => {
    server = await startServer();
    w = await demoWorld(server);
    const byLocation = <T>(rows: T[], key: (x: T) => string, id: (x: T) => string) => {
      const m = new Map<string, string>();
      for (const x of rows) if (!m.has(key(x))) m.set(key(x), id(x));
      return m;
    };
    const admin = w.clients.admin;
    r = {
      complaint: byLocation(await allPages<ComplaintSummary>(admin, '/api/complaints'), (c) => c.locationId, (c) => c.id),
      scorecard: byLocation(await allPages<Scorecard>(admin, '/api/scorecards?period=2026-10'), (s) => s.locationId, (s) => s.id),
      audit: byLocation(await allPages<AuditSummary>(admin, '/api/audits'), (a) => a.locationId, (a) => a.id),
      enforcementCase: byLocation(await allPages<CaseSummary>(admin, '/api/enforcement-cases'), (c) => c.locationId, (c) => c.id),
    };
  });
  afterAll(() => server?.close());

  const rows = CASES.flatMap((c) => ROLES.flatMap((role) => (['own', 'other'] as Target[]).map((target) => ({ c, role, target, label: `${c.name} as ${role} on ${target}` }))));

  it.each(rows)('$label', async ({ c, role, target }) => {
    if (target === 'other' && (!c.scoped || !w.other[role])) return; // nothing out of scope for this row
    const path = c.path(w, r, role, target);
    if (path === null) return; // the demo has no such record at that location
    const want = !c.allowed.includes(role) ? 403 : target === 'other' ? 404 : 200;
    const res = await w.clients[role].request('GET', path);
    expect({ status: res.status, body: res.status === want ? 'ok' : res.body }).toEqual({ status: want, body: 'ok' });
  });

  it('checks every scoped read on both sides of the scope for some role', () => {
    for (const c of CASES.filter((x) => x.scoped)) {
      const both = ROLES.filter((role) => w.other[role] && c.path(w, r, role, 'own') !== null && c.path(w, r, role, 'other') !== null);
      expect({ endpoint: c.name, roles: both.length > 0 }).toEqual({ endpoint: c.name, roles: true });
    }
  });
});
