import { INestApplication, RequestMethod } from '@nestjs/common';
import { GUARDS_METADATA, HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod';
import { ErrorBodySchema, Role } from '@franscore/domain';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/auth.decorators';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/csrf';
import { MULTIPART_EXTENSION } from './openapi.decorators';
import { ApiClientGuard } from '../api-clients/api-client.guard';

/** The security schemes' names in `components.securitySchemes`. */
export const SECURITY = { session: 'session', csrf: 'csrf', apiClient: 'apiClientToken' } as const;

const SAFE_METHODS = new Set([RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS]);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** How a route is reached, read from the same metadata the guards read, so the document cannot drift from them. */
interface RouteAccess {
  kind: 'session' | 'public' | 'api_client';
  safe: boolean;
  roles: readonly Role[] | null;
  /** The success status Nest answers with (`@HttpCode`, else 201 for POST and 200 otherwise). */
  status: number;
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
/** @nestjs/swagger's metadata keys (DECORATORS in its constants, not exported from its index). */
const SWAGGER_RESPONSES = 'swagger/apiResponse';
const SWAGGER_PARAMETERS = 'swagger/apiParameters';
type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/**
 * The OpenAPI document of the whole API, from the real Nest app: request and
 * response schemas from the zod contracts of libs/domain (nestjs-zod), the
 * session cookie, the CSRF header and API client tokens as security schemes
 * applied per route, and the exception filter's one error body for every 4xx.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Franscore API')
    .setDescription(
      'Everything is under /api. A person signs in with POST /api/auth/login: the answer sets the session cookie and carries a CSRF token ' +
        `(also from GET /api/auth/me), to send in the \`${CSRF_HEADER}\` header with every state-changing request (and the fs_csrf cookie the same answer sets). ` +
        'Machines (in-store buttons, partners, points of sale) send an API client token as `Authorization: Bearer`. ' +
        'Every error has the body `ErrorBody`; `details` names the offending fields.',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The session, set by POST /api/auth/login (httpOnly).' }, SECURITY.session)
    .addApiKey(
      { type: 'apiKey', in: 'header', name: CSRF_HEADER, description: 'The csrfToken of POST /api/auth/login or GET /api/auth/me; required on every state-changing request made with a session.' },
      SECURITY.csrf,
    )
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API client token (issued by an admin at /api/api-clients, shown once).' }, SECURITY.apiClient)
    .build();
  const raw = SwaggerModule.createDocument(app, config);
  const doc = nameResponseSchemas(fromContracts(cleanupOpenApiDoc(raw), zodDtos(app)));
  applyRoutes(doc, routeAccess(app));
  addErrorResponses(doc);
  return doc;
}

/** A zod DTO class (createZodDto) as @nestjs/swagger sees it: its contract and whether it is the answer (`Output`) side. */
interface ZodDtoClass {
  name: string;
  isZodDto: true;
  schema: z.ZodType;
}
function isZodDto(value: unknown): value is ZodDtoClass {
  return typeof value === 'function' && (value as Partial<ZodDtoClass>).isZodDto === true && (value as Partial<ZodDtoClass>).schema instanceof z.ZodType;
}

/** Every zod DTO the routes use (body, query and path types, @ApiBody and @ZodResponse types), by the component name swagger gives it. */
function zodDtos(app: INestApplication): Map<string, ZodDtoClass> {
  const found = new Map<string, ZodDtoClass>();
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isZodDto(value)) found.set(value.name, value);
    else if (value && typeof value === 'object' && 'type' in value) add((value as { type: unknown }).type);
  };
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        add(Reflect.getMetadata('design:paramtypes', controller.prototype, name));
        add(Object.values((Reflect.getMetadata(SWAGGER_RESPONSES, handler) as Record<string, unknown> | undefined) ?? {}));
        add(Reflect.getMetadata(SWAGGER_PARAMETERS, handler));
      }
    }
  }
  return found;
}

/**
 * The component schemas, written straight from the zod contracts for OpenAPI
 * 3.0. nestjs-zod 5 hands @nestjs/swagger 11 a nullable field as
 * `type: ['string', 'null']`, which swagger turns into an array of strings;
 * zod's own `openapi-3.0` target says `nullable: true`, as the contract means.
 */
function fromContracts(doc: OpenAPIObject, dtos: Map<string, ZodDtoClass>): OpenAPIObject {
  const schemas = doc.components?.schemas ?? {};
  for (const name of Object.keys(schemas)) {
    const output = name.endsWith('_Output');
    const dto = dtos.get(name) ?? (output ? dtos.get(name.slice(0, -'_Output'.length)) : undefined);
    if (!dto) continue;
    const { $schema: _, ...json } = z.toJSONSchema(dto.schema, { target: 'openapi-3.0', io: output ? 'output' : 'input', unrepresentable: 'any' });
    if ('$defs' in json || 'definitions' in json) throw new Error(`OpenAPI: ${name} needs definitions, which the document does not carry`);
    schemas[name] = json as SchemaObject;
  }
  return doc;
}

/** `LocationDto_Output` (nestjs-zod's name for a response DTO) becomes `Location`, the contract's own name, unless that is taken. */
function nameResponseSchemas(doc: OpenAPIObject): OpenAPIObject {
  const names = Object.keys(doc.components?.schemas ?? {});
  let json = JSON.stringify(doc);
  for (const name of names) {
    const plain = /^(\w+)Dto_Output$/.exec(name)?.[1];
    if (!plain || names.includes(plain)) continue;
    json = json.replaceAll(`"#/components/schemas/${name}"`, `"#/components/schemas/${plain}"`).replace(`"${name}":`, `"${plain}":`);
  }
  return JSON.parse(json) as OpenAPIObject;
}

/** Per operation id (`Controller_method`, swagger's default), how the route is reached. */
function routeAccess(app: INestApplication): Map<string, RouteAccess> {
  const access = new Map<string, RouteAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller || !wrapper.instance) continue;
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const read = <T>(key: string): T | undefined => (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
        const guards = [...((Reflect.getMetadata(GUARDS_METADATA, controller) as unknown[] | undefined) ?? []), ...((Reflect.getMetadata(GUARDS_METADATA, handler) as unknown[] | undefined) ?? [])];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
        access.set(`${controller.name}_${name}`, {
          kind: guards.includes(ApiClientGuard) ? 'api_client' : read<boolean>(PUBLIC_KEY) ? 'public' : 'session',
          safe: SAFE_METHODS.has(method),
          roles: read<Role[]>(ROLES_KEY) ?? null,
          status: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === RequestMethod.POST ? 201 : 200),
        });
      }
    }
  }
  return access;
}

function operations(doc: OpenAPIObject): Operation[] {
  return Object.values(doc.paths).flatMap((item) => HTTP_METHODS.map((m) => item[m]).filter((op): op is Operation => op !== undefined));
}

function applyRoutes(doc: OpenAPIObject, access: Map<string, RouteAccess>): void {
  for (const op of operations(doc)) {
    const route = op.operationId ? access.get(op.operationId) : undefined;
    if (!route) throw new Error(`OpenAPI: no route found for operation ${op.operationId ?? '(no id)'}`);
    switch (route.kind) {
      case 'api_client':
        op.security = [{ [SECURITY.apiClient]: [] }];
        break;
      case 'public':
        op.security = [];
        break;
      case 'session':
        op.security = [route.safe ? { [SECURITY.session]: [] } : { [SECURITY.session]: [], [SECURITY.csrf]: [] }];
        break;
    }
    // A response declared without a status (`@ZodResponse({ type })`) is the route's success answer.
    const fallback = op.responses['default'];
    if (fallback && !op.responses[String(route.status)]) {
      delete op.responses['default'];
      op.responses[String(route.status)] = 'description' in fallback ? { ...fallback, description: fallback.description || 'Success' } : fallback;
    }
    const extensions = op as unknown as Record<string, SchemaObject | undefined>;
    const multipart = extensions[MULTIPART_EXTENSION];
    if (multipart && op.requestBody && 'content' in op.requestBody) {
      op.requestBody.content['multipart/form-data'] = { schema: multipart };
      delete extensions[MULTIPART_EXTENSION];
    }
    if (route.roles) op.description = [op.description, `Roles: ${route.roles.join(', ')}.`].filter(Boolean).join('\n\n');
  }
}

/** Every error leaves through the one exception filter, so every operation's 4xx has its body. */
function addErrorResponses(doc: OpenAPIObject): void {
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas['ErrorBody'] = z.toJSONSchema(ErrorBodySchema, { target: 'openapi-3.0', io: 'output' }) as never;
  const body = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } };
  for (const op of operations(doc)) {
    op.responses['4XX'] ??= {
      description: 'Refused: bad input (400, `details` names the fields), signed out (401), not allowed (403), not found or out of scope (404), conflict (409), too large (413), too many requests (429).',
      content: body,
    };
  }
}
