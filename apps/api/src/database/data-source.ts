import { DataSource, DataSourceOptions } from 'typeorm';
import { DatabaseHandle } from './embedded-database';
import { MIGRATIONS } from './migrations';
import { ENTITIES } from './entities';

export function dataSourceOptions(db: DatabaseHandle): DataSourceOptions {
  return {
    type: 'postgres',
    url: db.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: db.poolMax, connectionTimeoutMillis: 30_000 },
  };
}

export async function migrationState(ds: DataSource): Promise<{ applied: number; pending: number }> {
  const rows: Array<{ n: string }> = await ds.query(`SELECT count(*) AS n FROM migrations`);
  const applied = Number(rows[0]?.n ?? 0);
  return { applied, pending: Math.max(0, MIGRATIONS.length - applied) };
}
