import { INestApplication } from '@nestjs/common';
import { loadConfig } from '../config/config';
import { createApp } from '../create-app';
import { TestApp } from './test-app';

/** Another API process on the test app's database, as after a restart or behind a load balancer. */
export async function anotherInstance(t: TestApp): Promise<{ app: INestApplication; baseUrl: string }> {
  const config = loadConfig({ LOG_LEVEL: 'error', PORTAL_DIR: '/nonexistent' });
  const app = await createApp({ config, database: t.db, clock: t.clock });
  await app.listen(0, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
}
