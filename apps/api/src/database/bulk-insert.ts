import { EntityManager } from 'typeorm';

/** Rows per statement: well under PostgreSQL's 65,535 parameters for every table here. */
const CHUNK = 500;

/** Multi-row INSERTs in chunks; `sql` receives the VALUES list. */
export async function insertChunks<T>(m: EntityManager, rows: readonly T[], sql: (values: string) => string, values: (row: T) => unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const params: unknown[] = [];
    const placeholders = rows
      .slice(i, i + CHUNK)
      .map((row) => `(${values(row).map((v) => `$${params.push(v)}`).join(', ')})`)
      .join(', ');
    await m.query(sql(placeholders), params);
  }
}

/**
 * One INSERT ... SELECT FROM unnest(...) per chunk of `chunk` rows: a single
 * statement with one array parameter per column, so large seeds cost a few
 * hundred round trips rather than a statement per row (pg has no COPY FROM STDIN
 * without pg-copy-streams, and PGlite speaks the same SQL).
 */
export async function insertUnnest(
  m: Pick<EntityManager, 'query'>,
  table: string,
  columns: ReadonlyArray<readonly [name: string, pgType: string]>,
  rows: ReadonlyArray<readonly unknown[]>,
  chunk = 5000,
): Promise<void> {
  const sql = `INSERT INTO ${table} (${columns.map(([c]) => c).join(', ')})
    SELECT * FROM unnest(${columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})`;
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    await m.query(sql, columns.map((_, c) => slice.map((r) => r[c])));
  }
}
