import { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { OpenAPIObject } from '@nestjs/swagger';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { loadConfig } from '../config/config';
import { createApp } from '../create-app';
import { DatabaseHandle } from '../database/embedded-database';
import { freshTestDatabase } from '../test/test-database';
import { FixedClock } from '../time/clock';
import { TEST_NOW } from '../test/test-app';
import { COMPLAINT_CSV_COLUMNS } from '../complaints/complaint-import';
import { COMPLAINT_EXPORT_COLUMNS } from '../complaints/complaint-transfer.service';
import { LOCATION_CSV_COLUMNS } from '../org/location-import';
import { buildOpenApiDocument, SECURITY } from './openapi-document';

const run = promisify(execFile);
const GENERATOR = resolve(__dirname, '../../../../node_modules/openapi-typescript/bin/cli.js');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface MediaType {
  schema?: { type?: string; $ref?: string; description?: string; format?: string };
}
interface Response {
  description?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, Response>;
}

function operations(doc: OpenAPIObject): Array<{ method: string; path: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const op = (item as Record<string, Operation | undefined>)[method];
      return op ? [{ method, path, op }] : [];
    }),
  );
}

function find(doc: OpenAPIObject, method: string, path: string): Operation {
  const found = operations(doc).find((o) => o.method === method && o.path === path);
  if (!found) throw new Error(`no ${method} ${path} in the document`);
  return found.op;
}

/** The generated client: written by openapi-typescript, then a strict program is type-checked against it. */
function typeCheck(dir: string, program: string): string[] {
  writeFileSync(join(dir, 'program.ts'), program);
  const host = ts.createProgram([join(dir, 'program.ts')], {
    strict: true,
    noEmit: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: false,
  });
  return ts.getPreEmitDiagnostics(host).map((d) => `${d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('OpenAPI document (the contract a client is generated from)', () => {
  let app: INestApplication;
  let db: DatabaseHandle;
  let doc: OpenAPIObject;
  let dir: string;

  beforeAll(async () => {
    db = await freshTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'franscore-openapi-'));
    const config = loadConfig({ LOG_LEVEL: 'error', PORTAL_DIR: '/nonexistent', DATA_DIR: dir });
    // The real app, as production builds it, but never listening.
    app = await createApp({ config, database: db, clock: new FixedClock(TEST_NOW) });
    doc = buildOpenApiDocument(app);
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc, null, 2));
    if (process.env['OPENAPI_OUT']) writeFileSync(process.env['OPENAPI_OUT'], JSON.stringify(doc, null, 2));
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives every operation a success response with a schema, or an explicit no-content', () => {
    const missing = operations(doc).flatMap(({ method, path, op }) => {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      const described = success.filter(([status, r]) => status === '204' || Object.values(r.content ?? {}).some((m) => m.schema !== undefined));
      return described.length > 0 && described.length === success.length ? [] : [`${method.toUpperCase()} ${path} (${op.operationId})`];
    });
    expect(missing).toEqual([]);
  });

  it('gives every handler that reads a body a request body with a schema (JSON bodies from their zod DTO)', () => {
    const readsBody = new Set<string>();
    for (const module of app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
        if (!controller) continue;
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) as Record<string, unknown> | undefined) ?? {};
          if (Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`))) readsBody.add(`${controller.name}_${name}`);
        }
      }
    }
    expect(readsBody.size).toBeGreaterThan(30);
    const missing = operations(doc).flatMap(({ method, path, op }) => {
      if (!readsBody.has(op.operationId)) return [];
      const content = Object.entries(op.requestBody?.content ?? {});
      const described = content.length > 0 && content.every(([type, media]) => (type === 'application/json' ? media.schema?.$ref !== undefined : media.schema?.type !== undefined));
      return described ? [] : [`${method.toUpperCase()} ${path} (${op.operationId})`];
    });
    expect(missing).toEqual([]);
  });

  it('writes component schemas from the zod contracts: a nullable field is nullable, not an array', () => {
    expect(doc.components?.schemas?.['Health']).toMatchObject({ properties: { publicUrl: { type: 'string', nullable: true } } });
    expect(doc.components?.schemas?.['Location']).toMatchObject({ additionalProperties: false, required: expect.arrayContaining(['id', 'code']) });
    expect(doc.components?.schemas?.['CreateRegionDto']).toMatchObject({ additionalProperties: false, required: ['code', 'name'] });
  });

  it('gives every operation the exception filter’s error body for 4xx', () => {
    const missing = operations(doc).filter(({ op }) => op.responses['4XX']?.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody');
    expect(missing.map((o) => o.op.operationId)).toEqual([]);
    expect(doc.components?.schemas?.['ErrorBody']).toMatchObject({ type: 'object', required: expect.arrayContaining(['statusCode', 'error', 'message']) });
  });

  it('describes the session cookie, the CSRF header and API client tokens as security schemes', () => {
    expect(doc.components?.securitySchemes).toEqual({
      [SECURITY.session]: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'fs_session' }),
      [SECURITY.csrf]: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-csrf-token' }),
      [SECURITY.apiClient]: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
  });

  it.each([
    ['get', '/api/locations', [{ [SECURITY.session]: [] }]],
    ['post', '/api/locations', [{ [SECURITY.session]: [], [SECURITY.csrf]: [] }]],
    ['post', '/api/auth/logout', [{ [SECURITY.session]: [], [SECURITY.csrf]: [] }]],
    ['post', '/api/auth/login', []],
    ['get', '/api/health', []],
    ['post', '/api/public/locations/{code}/complaints', []],
    ['post', '/api/client/complaints', [{ [SECURITY.apiClient]: [] }]],
  ])('%s %s needs %j', (method, path, security) => {
    expect(find(doc, method, path).security).toEqual(security);
  });

  it('states for every operation how it is reached (no operation falls back to a global default)', () => {
    const schemes = new Set(Object.keys(doc.components?.securitySchemes ?? {}));
    for (const { method, op } of operations(doc)) {
      expect(op.security).toBeDefined();
      for (const requirement of op.security ?? []) {
        for (const name of Object.keys(requirement)) expect(schemes.has(name)).toBe(true);
        // A state-changing request with a session carries the CSRF token too.
        if (requirement[SECURITY.session] && method !== 'get') expect(requirement[SECURITY.csrf]).toEqual([]);
      }
    }
  });

  it.each([
    ['post', '/api/locations/import', 'body', LOCATION_CSV_COLUMNS],
    ['post', '/api/complaints/import', 'body', COMPLAINT_CSV_COLUMNS],
    ['get', '/api/complaints/export', 'answer', COMPLAINT_EXPORT_COLUMNS],
  ])('describes the CSV of %s %s (%s) as text/csv with its columns', (method, path, where, columns) => {
    const op = find(doc, method, path);
    const schema = where === 'body' ? op.requestBody?.content['text/csv']?.schema : op.responses['200']?.content?.['text/csv']?.schema;
    expect(schema?.type).toBe('string');
    for (const column of columns) expect(schema?.description).toContain(`\`${column}\``);
  });

  it('lists the columns of every CSV body and answer', () => {
    const csv = operations(doc).flatMap(({ op }) => [op.requestBody?.content['text/csv'], ...Object.values(op.responses).map((r) => r.content?.['text/csv'])]).filter((m) => m !== undefined);
    expect(csv.length).toBeGreaterThanOrEqual(4);
    for (const media of csv) expect(media.schema?.description).toMatch(/header row naming the columns: `\w+`/);
  });

  it('describes files as binary, and every multipart body (the audit photo, the public form’s photo) with its file field', () => {
    expect(find(doc, 'get', '/api/scorecards/{id}/pdf').responses['200']?.content?.['application/pdf']?.schema).toEqual({ type: 'string', format: 'binary' });
    const multipart = operations(doc).flatMap(({ op }) => (op.requestBody?.content['multipart/form-data'] ? [op] : []));
    expect(multipart.map((op) => op.operationId)).toContain('AuditsController_photo');
    for (const op of multipart) {
      const schema = op.requestBody?.content['multipart/form-data']?.schema as { type?: string; properties?: Record<string, { format?: string }> } | undefined;
      expect(schema?.type).toBe('object');
      expect(Object.values(schema?.properties ?? {}).some((p) => p.format === 'binary')).toBe(true);
      // A JSON alternative keeps its contract.
      const json = op.requestBody?.content['application/json']?.schema;
      if (json) expect(json.$ref).toMatch(/^#\/components\/schemas\//);
    }
  });

  it('generates a typed client that a strict program compiles against (and misuse does not)', async () => {
    // openapi-typescript also validates the document (Redocly) and fails on a broken one.
    // A field with a default is optional in a request body: --default-non-nullable=false keeps it so.
    await run(process.execPath, [GENERATOR, join(dir, 'openapi.json'), '--default-non-nullable=false', '-o', join(dir, 'api.d.ts')]);
    const generated = readFileSync(join(dir, 'api.d.ts'), 'utf8');
    expect(generated).toContain('"/api/locations/{id}"');
    expect(typeCheck(dir, CLIENT_PROGRAM)).toEqual([]);
  });
});

/** A tiny typed fetch wrapper over the generated `paths`, and calls through it; `@ts-expect-error` lines fail the check if the types go loose. */
const CLIENT_PROGRAM = String.raw`
import type { components, paths } from './api';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Success<O> = O extends { responses: infer R } ? Json<R[Extract<keyof R, 200 | 201>]> : never;
type Part<O, K extends string> = O extends { parameters: { [key in K]: infer X } } ? X : O extends { parameters: { [key in K]?: infer X } } ? X : never;
type JsonBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

interface Init<O> {
  path?: Part<O, 'path'>;
  query?: Part<O, 'query'>;
  header?: Part<O, 'header'>;
  body?: JsonBody<O>;
}

type ErrorBody = components['schemas']['ErrorBody'];
const BASE = 'http://localhost:3000';
let csrfToken: string | null = null;

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = String(v);
  return out;
}

async function call<P extends keyof paths, M extends Method>(method: M, path: P, init: Init<Op<P, M>> = {}): Promise<Success<Op<P, M>>> {
  let url: string = path;
  for (const [name, value] of Object.entries(stringRecord(init.path))) url = url.replace('{' + name + '}', encodeURIComponent(value));
  const query = new URLSearchParams(stringRecord(init.query)).toString();
  const headers: Record<string, string> = { ...stringRecord(init.header) };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'get' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(BASE + url + (query ? '?' + query : ''), {
    method: method.toUpperCase(),
    headers,
    credentials: 'include',
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!res.ok) {
    const error = (await res.json()) as ErrorBody;
    throw new Error(String(error.statusCode) + ' ' + error.message + (error.details ?? []).map((d) => ' ' + d.field + ': ' + d.message).join(''));
  }
  return (await res.json()) as Success<Op<P, M>>;
}

export async function tour(): Promise<string[]> {
  const me = await call('post', '/api/auth/login', { body: { email: 'admin@franscore.demo', password: 'franscore-demo' } });
  csrfToken = me.csrfToken;
  const role: 'admin' | 'auditor' | 'regional_manager' | 'franchisee' | 'location_staff' = me.user.role;

  const page = await call('get', '/api/locations', { query: { page: 1, pageSize: 20 } });
  const total: number = page.total;
  const first = page.items[0];
  if (!first) return [role, String(total)];
  const location = await call('get', '/api/locations/{id}', { path: { id: first.id } });
  const code: string = location.code;

  const filed = await call('post', '/api/public/locations/{code}/complaints', {
    path: { code },
    header: { 'Idempotency-Key': 'tour-0000' },
    body: { category: 'wait_time', description: 'Queue too long' },
  });
  const status: string = filed.statusUrl;
  const region = await call('post', '/api/regions', { body: { code: 'NSK', name: 'Novosibirsk' } });
  const reference: string = region.code;
  const receipt = await call('post', '/api/client/complaints', { header: { 'Idempotency-Key': 'tour-0001' }, body: { category: 'wait_time', locationCode: code } });
  const statusToken: string = receipt.statusToken;

  const league = await call('get', '/api/league-table', { query: { period: '2026-10' } });
  const band: 'good' | 'watch' | 'warning' | 'closure' | null = league.items[0]?.band ?? null;
  const csv: paths['/api/locations/import']['post']['requestBody']['content']['text/csv'] = 'code,name';

  // @ts-expect-error a category outside the contract
  await call('post', '/api/client/complaints', { body: { category: 'weather' } });
  // @ts-expect-error a region code is a string
  await call('post', '/api/regions', { body: { code: 7, name: 'Seven' } });
  // @ts-expect-error the location has no such field
  const missing: unknown = location.nonexistent;
  // @ts-expect-error this path takes an id, not a code
  await call('get', '/api/locations/{id}', { path: { code } });
  const health = await call('get', '/api/health');
  const publicUrl: string | null | undefined = health.publicUrl;
  // @ts-expect-error a nullable string is not a list
  const urls: string[] = health.publicUrl;
  // @ts-expect-error a role the contract does not know
  const wrongRole: typeof me.user.role = 'owner';
  return [role, String(total), publicUrl ?? '', String(urls), status, reference, statusToken, band ?? '', csv, String(missing), wrongRole];
}
`;
