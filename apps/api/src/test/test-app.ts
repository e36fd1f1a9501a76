import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../config/config';
import { createApp } from '../create-app';
import { DatabaseHandle } from '../database/embedded-database';
import { FixedClock } from '../time/clock';
import { freshTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  ds: DataSource;
  db: DatabaseHandle;
  clock: FixedClock;
  baseUrl: string;
  close(): Promise<void>;
}

export const TEST_NOW = new Date('2026-11-02T09:00:00.000Z');

/** Boots the real app on a fresh database, listening on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'franscore-test-'));
  const config: AppConfig = loadConfig({ LOG_LEVEL: 'error', LOGIN_RATE_LIMIT: '1000', PORTAL_DIR: '/nonexistent', DATA_DIR: dataDir, ...env });
  const db = await freshTestDatabase();
  const clock = new FixedClock(TEST_NOW);
  let app: INestApplication;
  try {
    app = await createApp({ config, database: db, clock });
    await app.listen(0, '127.0.0.1');
  } catch (e) {
    // Without this a failed boot leaves the embedded database serving and the test run never ends.
    await db.close();
    throw e;
  }
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    ds: app.get(DataSource),
    db,
    clock,
    baseUrl: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
