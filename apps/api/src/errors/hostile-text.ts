import { ErrorDetail } from './app-error';

/** An unpaired UTF-16 surrogate: JavaScript strings may hold one, UTF-8 and PostgreSQL's jsonb cannot. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text (PostgreSQL text holds no NUL), or null when it can. */
export function hostileText(s: string): string | null {
  if (s.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(s)) return 'contains an unpaired surrogate (not valid Unicode)';
  return null;
}

/** A path fit to name in an answer: the bad characters of a bad key are shown as U+FFFD. */
const printable = (key: string) => key.split('\u0000').join('\uFFFD').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');

/**
 * The first string in a parsed body, query or params (keys included) that
 * cannot be stored, named by its path; null when every string is fine. Walks
 * with its own stack, so a deeply nested body cannot overflow ours.
 */
export function findHostileText(value: unknown, root = ''): ErrorDetail | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: root }];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (stack.length) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string };
    if (typeof v === 'string') {
      const message = hostileText(v);
      if (message) return { field: path || 'body', message };
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      for (const [key] of entries) {
        const message = hostileText(key);
        if (message) return { field: join(path, printable(key)), message: `key ${message}` };
      }
      for (const [key, child] of entries.reverse()) stack.push({ value: child, path: join(path, key) });
    }
  }
  return null;
}

/** Every cell (and header) of parsed CSV records that cannot be stored, by line and column. */
export function hostileCells(records: ReadonlyArray<{ record: Record<string, string>; info: { lines: number } }>): Array<{ line: number; column: string; message: string }> {
  const found: Array<{ line: number; column: string; message: string }> = [];
  for (const column of Object.keys(records[0]?.record ?? {})) {
    const message = hostileText(column);
    if (message) found.push({ line: 1, column: printable(column), message: `column name ${message}` });
  }
  for (const { record, info } of records) {
    for (const [column, cell] of Object.entries(record)) {
      const message = typeof cell === 'string' ? hostileText(cell) : null;
      if (message) found.push({ line: info.lines, column: printable(column), message });
    }
  }
  return found;
}
