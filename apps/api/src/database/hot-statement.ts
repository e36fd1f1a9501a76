import type { Pool, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { DatabaseHandle } from './embedded-database';

/** Runs one autocommit statement and answers its rows; `name` identifies the statement's text. */
export type HotStatement = <T>(name: string, text: string, values: unknown[]) => Promise<T[]>;

/**
 * For the few statements a public endpoint sends on every request: straight on the data
 * source's own `pg` pool (no TypeORM query runner, entity manager and broadcaster per
 * statement) and, on a PostgreSQL server, as a named statement that each connection parses
 * and plans once. Not on the embedded database: it is one session for every connection it
 * ever served, where a name would outlive the connection that prepared it.
 * Only for single statements outside any transaction. Errors come wrapped as TypeORM's, so
 * they are told apart and answered as any other statement's.
 */
export function hotStatements(ds: DataSource, db: DatabaseHandle): HotStatement {
  const named = db.kind === 'postgres';
  return async <T>(name: string, text: string, values: unknown[]): Promise<T[]> => {
    const pool = (ds.driver as PostgresDriver).master as Pool;
    try {
      const result = await pool.query<QueryResultRow>(named ? { name, text, values } : { text, values });
      return result.rows as T[];
    } catch (e) {
      throw new QueryFailedError(text, values, e as Error);
    }
  };
}
