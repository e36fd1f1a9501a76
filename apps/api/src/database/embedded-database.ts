import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  if (dataDir) writeFileSync(socketFile(dataDir), JSON.stringify({ pid: process.pid, url } satisfies RunningEmbedded));
  return {
    kind: 'embedded',
    url,
    poolMax: 1,
    async close() {
      await server.stop();
      // After the socket server: nothing can reach PGlite any more, and close() leaves its control file "shut down".
      await db.close();
      if (dataDir) rmSync(socketFile(dataDir), { force: true });
    },
  };
}

/** Where a running embedded database says how to reach it, so `npm run backup` can read it while it serves. */
export interface RunningEmbedded {
  pid: number;
  url: string;
}

const socketFile = (dataDir: string) => join(resolve(dataDir), 'socket.json');

/** The embedded database serving `dataDir` right now, or null when none does (its process is gone). */
export function runningEmbedded(dataDir: string): RunningEmbedded | null {
  let found: RunningEmbedded;
  try {
    found = JSON.parse(readFileSync(socketFile(dataDir), 'utf8')) as RunningEmbedded;
  } catch {
    return null;
  }
  try {
    process.kill(found.pid, 0);
    return found;
  } catch (e) {
    // EPERM: alive but someone else's process; only ESRCH means the file is left over from a crash.
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? found : null;
  }
}

export function serverDatabase(url: string, poolMax = 10): DatabaseHandle {
  return { kind: 'postgres', url, poolMax, close: async () => undefined };
}
export const DATABASE = Symbol('DATABASE');
