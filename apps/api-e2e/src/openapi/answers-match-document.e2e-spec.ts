import type { Role } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { z } from 'zod';
import { demoWorld, DemoWorld, ROLES } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

/**
 * The OpenAPI document is only worth generating a client from if the API
 * answers what it says: every JSON GET of the document is called on the demo
 * network (as a role allowed to call it, path ids taken from the list beside
 * it) and its answer is checked against the document's own schema, converted
 * to zod. Response objects are closed (`additionalProperties: false`), so a
 * field the contract does not name fails too.
 */
type JsonSchema = Record<string, unknown>;
interface Operation {
  operationId: string;
  description?: string;
  parameters?: Array<{ in: string; name: string; required?: boolean }>;
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

const lastMonth = (() => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
})();
const today = new Date().toISOString().slice(0, 10);
const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

/** Values for required query parameters, by name. */
function queryValue(name: string, w: DemoWorld): string | null {
  switch (name) {
    case 'period':
      return lastMonth;
    case 'from':
      return monthAgo;
    case 'to':
      return today;
    case 'locationId':
      return w.own.admin.id;
    case 'category':
      return 'wait_time';
    case 'severity':
      return 'minor';
    default:
      return null;
  }
}

/** The first role the operation allows (`Roles: …` in its description), admin when any signed-in user may call it. */
function roleFor(op: Operation): Role {
  const listed = /Roles: ([\w, ]+)\./.exec(op.description ?? '')?.[1]?.split(', ') ?? [];
  return (listed.find((r): r is Role => (ROLES as string[]).includes(r)) ?? 'admin') as Role;
}

function zodOf(schema: JsonSchema, doc: Document): z.ZodType {
  const local = JSON.parse(JSON.stringify({ ...schema, definitions: doc.components.schemas }).replaceAll('#/components/schemas/', '#/definitions/')) as JsonSchema;
  return z.fromJSONSchema(local, { defaultTarget: 'openapi-3.0' });
}

describe('every JSON answer matches the OpenAPI document', () => {
  let server: RunningServer;
  let w: DemoWorld;
  let doc: Document;

  beforeAll(async () => {
    server = await startServer();
    w = await demoWorld(server);
    doc = (await new ApiClient(() => server.baseUrl).get<Document>('/api/docs-json')).body;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('answers every JSON GET the way its schema says', async () => {
    const checked: string[] = [];
    const problems: string[] = [];
    const firstIds = new Map<string, string>();
    // Lists before their items, so `/x/{id}` can take an id from `/x`.
    const gets = Object.entries(doc.paths)
      .flatMap(([path, item]) => (item['get'] ? [{ path, op: item['get'] }] : []))
      .sort((a, b) => a.path.split('{').length - b.path.split('{').length);
    for (const { path, op } of gets) {
      const schema = op.responses['200']?.content?.['application/json']?.schema;
      if (!schema) continue;
      let url = path;
      for (const p of (op.parameters ?? []).filter((x) => x.in === 'path')) {
        const id = firstIds.get(path.slice(0, path.indexOf(`/{${p.name}}`)));
        if (!id) break;
        url = url.replace(`{${p.name}}`, id);
      }
      if (url.includes('{')) continue;
      const query = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => [p.name, queryValue(p.name, w)] as const);
      if (query.some(([, v]) => v === null)) {
        problems.push(`${path}: no test value for a required query parameter`);
        continue;
      }
      const qs = new URLSearchParams(query.map(([k, v]) => [k, v ?? ''])).toString();
      const role = roleFor(op);
      const res = await w.clients[role].get<unknown>(url + (qs ? `?${qs}` : ''));
      if (res.status !== 200) {
        problems.push(`GET ${url} as ${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        continue;
      }
      const parsed = zodOf(schema, doc).safeParse(res.body);
      if (!parsed.success) problems.push(`GET ${url} as ${role}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      checked.push(path);
      const body = res.body as { items?: Array<{ id?: unknown }> } | Array<{ id?: unknown }>;
      const first = Array.isArray(body) ? body[0] : body.items?.[0];
      if (typeof first?.id === 'string') firstIds.set(path, first.id);
    }
    expect(problems).toEqual([]);
    expect(checked.length).toBeGreaterThan(25);
  }, 300_000);
});
