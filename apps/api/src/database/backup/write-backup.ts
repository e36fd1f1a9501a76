import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { ClientBase } from 'pg';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupTable, dependencyOrder, Manifest, quoteIdent, Trailer } from './backup-format';

/** Tables that belong to the tooling, not to Franscore's data: restore recreates them by migrating. */
const NOT_DATA = ['migrations', 'typeorm_metadata'];
const FETCH = 1000;

/** A table's stored columns and their exact types; generated ones are left to the database to compute again. */
export const COLUMNS_SQL = `
  SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
  WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
  ORDER BY a.attnum`;

/**
 * Dumps every table inside one REPEATABLE READ READ ONLY transaction, so the
 * file is one consistent moment even while the API keeps writing. On the
 * embedded database the socket keeps this transaction's statements together,
 * so other requests wait for the dump rather than interleave with it.
 */
export async function writeBackup(client: ClientBase, out: Writable, now: Date): Promise<Manifest> {
  const hash = createHash('sha256');
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  const writeLine = (line: string) => {
    hash.update(`${line}\n`);
    return write(line);
  };
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      migrations: (await client.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`)).rows.map((r) => r.name),
      tables: await describeTables(client),
    };
    await writeLine(JSON.stringify(manifest));
    let rows = 0;
    for (const table of manifest.tables) rows += await dumpTable(client, table, writeLine);
    await write(JSON.stringify({ sha256: hash.digest('hex'), rows } satisfies Trailer));
    await client.query('COMMIT');
    return manifest;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

async function describeTables(client: ClientBase): Promise<BackupTable[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> ALL($1)`,
      [NOT_DATA],
    )
  ).rows.map((r) => r.name);
  const references = (
    await client.query<{ from: string; to: string }>(
      `SELECT src.relname AS "from", dst.relname AS "to" FROM pg_constraint k
       JOIN pg_class src ON src.oid = k.conrelid JOIN pg_class dst ON dst.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = k.connamespace
       WHERE k.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows;
  const described: BackupTable[] = [];
  for (const name of dependencyOrder(tables, references)) {
    const columns = (await client.query<{ name: string; type: string }>(COLUMNS_SQL, [`public.${quoteIdent(name)}`])).rows;
    const [{ n }] = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quoteIdent(name)}`)).rows;
    const selfReferencing = references.some((r) => r.from === name && r.to === name);
    described.push({ name, columns, rows: Number(n), selfReferencing });
  }
  return described;
}

/** Each row as a JSON array of its columns' text forms (null for NULL), read through a cursor so a big table never sits in memory. */
async function dumpTable(client: ClientBase, table: BackupTable, writeLine: (line: string) => Promise<void>): Promise<number> {
  const values = table.columns.map((c) => `${quoteIdent(c.name)}::text`).join(', ');
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT array_to_json(ARRAY[${values}])::text AS line FROM public.${quoteIdent(table.name)}`);
  let written = 0;
  for (;;) {
    const { rows } = await client.query<{ line: string }>(`FETCH ${FETCH} FROM backup_rows`);
    for (const r of rows) await writeLine(r.line);
    written += rows.length;
    if (rows.length < FETCH) break;
  }
  await client.query('CLOSE backup_rows');
  if (written !== table.rows) throw new Error(`${table.name}: counted ${table.rows} rows but read ${written} in the same snapshot`);
  return written;
}
