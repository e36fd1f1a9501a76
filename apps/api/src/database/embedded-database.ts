import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatabaseKind } from '@franscore/domain';

/** Where the API's data lives and how to reach it with the `pg` driver. */
export interface DatabaseHandle {
  kind: DatabaseKind;
  url: string;
  /**
   * PGlite is one backend session. pglite-socket keeps a transaction's
   * statements together, but the extended-protocol messages of two
   * autocommit queries can interleave, so the embedded pool is one connection.
   */
  poolMax: number;
  close(): Promise<void>;
}

/** Starts PGlite in this process and serves it on a free loopback port. `dataDir` null = in memory. */
export async function openEmbeddedDatabase(dataDir: string | null): Promise<DatabaseHandle> {
  let db: PGlite;
  if (dataDir) {
    const dir = resolve(dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
    db = await PGlite.create(dir);
  } else {
    db = await PGlite.create();
  }
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 16 });
  await server.start();
  return {
    kind: 'embedded',
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    poolMax: 1,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

export function serverDatabase(url: string, poolMax = 10): DatabaseHandle {
  return { kind: 'postgres', url, poolMax, close: async () => undefined };
}
export const DATABASE = Symbol('DATABASE');
