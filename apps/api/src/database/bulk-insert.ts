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
