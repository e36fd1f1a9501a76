import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/config';
import { DatabaseHandle, openEmbeddedDatabase, serverDatabase } from './database/embedded-database';
import { firstStart } from './database/first-start';
import { SystemClock } from './time/clock';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database: DatabaseHandle = config.DATABASE_URL
    ? serverDatabase(config.DATABASE_URL)
    : await openEmbeddedDatabase(config.DATA_DIR);
  const app = await createApp({ config, database, clock: new SystemClock() });
  app.enableShutdownHooks();
  await app.init();
  await firstStart(app, config, database);
  await app.listen(config.PORT, '0.0.0.0');
  const log = new Logger('Franscore');
  log.log(`Database: ${database.kind === 'embedded' ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL server'}`);
  const { port } = app.getHttpServer().address() as { port: number };
  log.log(`Franscore is ready at http://localhost:${port} (API docs at /api/docs)`);
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
