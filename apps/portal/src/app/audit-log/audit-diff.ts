/** One changed (or recorded) value of an entry: where it is, and what it was and became, as text. */
export interface DiffRow {
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly changed: boolean;
}

type Flat = Map<string, string>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested objects become dotted paths; arrays of plain values stay one readable value. */
function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value) && value.some((v) => isPlainObject(v) || Array.isArray(v))) {
    value.forEach((inner, i) => flatten(inner, `${prefix}[${i}]`, out));
    if (value.length === 0) out.set(prefix, '[]');
  } else if (prefix) {
    out.set(prefix, display(value));
  } else if (value !== null && value !== undefined) {
    out.set('value', display(value));
  }
  return out;
}

function display(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length ? value.map((v) => display(v)).join(', ') : '[]';
  return String(value);
}

/**
 * An entry's before and after side by side, one row per field, changed rows
 * first in field order, then the unchanged ones; a creation has only `after`,
 * so every row is new.
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const b = flatten(before);
  const a = flatten(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  const rows = paths.map((path) => {
    const was = b.get(path) ?? null;
    const is = a.get(path) ?? null;
    return { path, before: was, after: is, changed: was !== is };
  });
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}
