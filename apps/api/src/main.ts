import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { Server } from 'node:http';
import { ConfigError, loadConfig } from './config/config';
import { DatabaseHandle, openEmbeddedDatabase, serverDatabase } from './database/embedded-database';
import { firstStart } from './database/first-start';
import { SystemClock } from './time/clock';
import { createApp } from './create-app';
import { gracefulShutdown, stopScheduledWork } from './shutdown';

/** How long requests in flight at SIGTERM may take; orchestrators usually wait 30 s before SIGKILL. */
const GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = new Logger('Franscore');
  let shutdown: ((reason: string) => Promise<void>) | null = null;
  let duringStart: string | null = null;
  // From the first moment, and `on`, not `once`: a later signal must reach the guard, not the default handler that kills mid-close.
  // A signal during the start is kept and honoured when the start is done (a half-run migration or seed is worse); a second one stops at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shutdown) void shutdown(signal);
      else if (duringStart) process.exit(1);
      else {
        duringStart = signal;
        log.warn(`${signal} while starting: stopping as soon as the start completes (send it again to stop now)`);
      }
    });
  }
  const database: DatabaseHandle = config.DATABASE_URL
    ? serverDatabase(config.DATABASE_URL)
    : await openEmbeddedDatabase(config.DATA_DIR);
  let app: INestApplication;
  try {
    app = await createApp({ config, database, clock: new SystemClock() });
    // No app.enableShutdownHooks(): it would run a second shutdown beside this one, and re-raise the signal before PGlite closes.
    await app.init();
    await firstStart(app, config, database);
    await app.listen(config.PORT, '0.0.0.0');
  } catch (e) {
    // A failed start still closes PGlite, so the next start is not a crash recovery.
    await database.close().catch(() => undefined);
    throw e;
  }
  shutdown = gracefulShutdown(
    app.getHttpServer() as Server,
    {
      stopScheduledWork: () => stopScheduledWork(app),
      closeApp: () => app.close(),
      closeDatabase: () => database.close(),
    },
    { graceMs: GRACE_MS, log, exit: (code) => process.exit(code) },
  );
  log.log(`Database: ${database.kind === 'embedded' ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL server'}`);
  const { port } = app.getHttpServer().address() as { port: number };
  log.log(`Franscore is ready at http://localhost:${port} (API docs at /api/docs)`);
  if (duringStart) await shutdown(duringStart);
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
