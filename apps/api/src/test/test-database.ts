import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DatabaseHandle, openEmbeddedDatabase, serverDatabase } from '../database/embedded-database';

/**
 * A fresh, empty database for one test file: in-memory PGlite by default, or a
 * new database on the server named by TEST_DATABASE_URL (dropped on close).
 */
export async function freshTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) return openEmbeddedDatabase(null);
  const name = `franscore_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = serverDatabase(url.toString(), 10);
  return {
    ...handle,
    async close() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
