import fc from 'fast-check';

/** The slice of JSON Schema the API's OpenAPI document uses for request bodies (zod's output). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** Text PostgreSQL cannot store: NUL (text and jsonb) and unpaired surrogates (jsonb, UTF-8). */
const UNSTORABLE_STRINGS = ['a\u0000b', '\u0000', 'x\ud800y', '\udfff', '\ud800\u0000'];

/** Strings that crashed the API once: unstorable text, years PostgreSQL or JavaScript cannot hold, sizes. */
export const HOSTILE_STRINGS = [
  ...UNSTORABLE_STRINGS,
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '0000-12-31T23:59:59.000+00:00',
  '10000-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2026-02-30',
  '2026-13-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '0000-01',
  'x'.repeat(20_000),
  ' ',
  '',
] as const;

const HOSTILE_OTHERS: readonly unknown[] = [
  1e308,
  -1e308,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 1,
  -1,
  0.5,
  null,
  true,
  [],
  {},
  [[]],
  { nested: '\u0000' },
];

/** Strings are where the crashes were, unstorable ones above all, so they come up most. */
const HOSTILE_VALUE = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(...UNSTORABLE_STRINGS), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS), weight: 2 },
  { arbitrary: fc.constantFrom(...HOSTILE_OTHERS), weight: 1 },
);

/**
 * Values a field's name calls for when its schema cannot say (a refinement, not
 * a pattern), so that the rest of a body is valid and the hostile change reaches
 * the service and the database rather than stopping at the first check.
 */
const BY_NAME: Record<string, string> = {
  timeZone: 'Europe/Moscow',
  period: '2026-10',
  email: 'fuzz@example.com',
  contactEmail: 'fuzz@example.com',
  password: 'a-long-fuzzing-passphrase-42',
  open: '09:00',
  close: '18:00',
};

/** Keys no schema has: unknown ones, and ones that would pollute prototypes if merged naively. */
export const HOSTILE_KEYS = ['unknownField', '__proto__', 'constructor', 'prototype', 'a\u0000b', '\ud800'] as const;

const FORMAT_SAMPLES: Record<string, string> = {
  date: '2026-11-02',
  'date-time': '2026-11-02T09:00:00Z',
  email: 'fuzz@example.com',
  uuid: '5b0f8a52-7d8e-4c53-9a8e-1f1b8c9d0e11',
  uri: 'https://example.com/',
};

/** A number's range, kept small and never empty: a minimum above the default maximum moves the maximum. */
function bounds(s: JsonSchema): [number, number] {
  const min = Math.max(s.minimum ?? 0, -1e9);
  return [min, Math.max(min, Math.min(s.maximum ?? min + 100, min + 1e9))];
}

/** `v` repeated up to `min` characters and cut at `max`, so a pattern's characters stay the pattern's. */
function fit(v: string, min: number, max: number): string {
  const seed = v || 'a';
  return seed.repeat(Math.ceil(min / seed.length) || 1).slice(0, Math.max(min, Math.min(max, Math.max(v.length, min))));
}

function safeRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

/** Sets an own, enumerable property, so that even `__proto__` reaches the JSON text. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export class BodyGenerator {
  /** `ids`: real ids (regions, franchisees, locations) so that a uuid field can point at something that exists. */
  constructor(
    private readonly components: Record<string, JsonSchema>,
    private readonly ids: readonly string[],
  ) {}

  private resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    return this.resolve(this.components[name] ?? {});
  }

  /** A plausible value for the schema: enums, formats, bounds and required keys respected where that is cheap. */
  plausible(raw: JsonSchema, depth = 0, name?: string): fc.Arbitrary<unknown> {
    const s = this.resolve(raw);
    const variants = s.anyOf ?? s.oneOf;
    if (variants?.length) return fc.oneof(...variants.map((v) => this.plausible(v, depth, name)));
    if (s.allOf?.length) return this.plausible(Object.assign({}, ...s.allOf.map((p) => this.resolve(p))) as JsonSchema, depth, name);
    if (s.const !== undefined) return fc.constant(s.const);
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    switch (type) {
      case 'string': {
        if (name && BY_NAME[name]) return fc.constant(BY_NAME[name]);
        if (s.format === 'uuid' && this.ids.length) return fc.constantFrom(...this.ids);
        const sample = s.format ? FORMAT_SAMPLES[s.format] : undefined;
        if (sample) return fc.constant(sample);
        const pattern = s.pattern ? safeRegExp(s.pattern) : null;
        // Fitted rather than filtered: a pattern with an exact length (a push key's 87 characters) would never come up.
        if (pattern) return fc.stringMatching(pattern).map((v) => fit(v, s.minLength ?? 0, s.maxLength ?? Infinity));
        const min = s.minLength ?? 0;
        return fc.string({ minLength: min, maxLength: Math.max(min, Math.min(s.maxLength ?? 24, 24)) });
      }
      case 'integer': {
        const [min, max] = bounds(s);
        return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
      }
      case 'number': {
        const [min, max] = bounds(s);
        return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(this.plausible(s.items ?? {}, depth + 1), { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, 2) });
      case 'object':
      case undefined: {
        if (!s.properties || depth > 3) return fc.constant({});
        const required = new Set(s.required ?? []);
        const shape = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, this.plausible(v, depth + 1, k)]));
        return fc.record(shape, { requiredKeys: Object.keys(shape).filter((k) => required.has(k)) });
      }
      default:
        return fc.constant(null);
    }
  }

  /** A plausible body with one hostile change: a value swapped for a hostile one, or a hostile key added. */
  hostile(schema: JsonSchema): fc.Arbitrary<{ body: unknown; change: string }> {
    return fc
      .tuple(this.plausible(schema), fc.nat(), HOSTILE_VALUE, fc.constantFrom(...HOSTILE_KEYS), fc.nat({ max: 3 }).map((n) => n === 0))
      .map(([base, pick, value, key, addKey]) => mutate(base, pick, value, key, addKey));
  }
}

/** Every place a value sits in `value`, as paths; the root is the empty path. */
function slots(value: unknown, path: string[] = []): string[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => slots(v, [...path, String(i)])));
  if (value !== null && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => slots(v, [...path, k])));
  return here;
}

function mutate(base: unknown, pick: number, value: unknown, key: string, addKey: boolean): { body: unknown; change: string } {
  const body = structuredClone(base);
  const objects = slots(body).filter((p) => isObject(at(body, p)));
  if (addKey && objects.length) {
    const path = objects[pick % objects.length];
    put(at(body, path) as Record<string, unknown>, key, value);
    return { body, change: `key ${JSON.stringify([...path, key].join('.'))}` };
  }
  const leaves = slots(body).filter((p) => p.length > 0);
  if (!leaves.length) return { body: value, change: `body = ${show(value)}` };
  const path = leaves[pick % leaves.length];
  const parent = at(body, path.slice(0, -1)) as Record<string, unknown>;
  put(parent, path[path.length - 1], value);
  return { body, change: `${path.join('.')} = ${show(value)}` };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const at = (value: unknown, path: string[]): unknown => path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value);
const show = (v: unknown): string => (typeof v === 'string' && v.length > 40 ? `"${v.slice(0, 10)}…" (${v.length} chars)` : JSON.stringify(v));

/** One CSV import with a hostile cell somewhere: header from the documented columns, one or two rows. */
export function hostileCsv(columns: readonly string[], good: Record<string, string>): fc.Arbitrary<{ body: string; change: string }> {
  return fc
    .tuple(fc.integer({ min: 1, max: 2 }), fc.nat(), fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 100)))
    .map(([rows, pick, value]) => {
      const cell = pick % (rows * columns.length);
      const lines = Array.from({ length: rows }, (_, r) =>
        columns.map((c, i) => (r * columns.length + i === cell ? value : good[c] ?? '')).map(quote).join(','),
      );
      return { body: [columns.join(','), ...lines].join('\n'), change: `line ${Math.floor(cell / columns.length) + 2}, ${columns[cell % columns.length]} = ${show(value)}` };
    });
}

const quote = (cell: string): string => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
