import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_SIZE, SMALL_DEMO_SIZE } from '@franscore/seed';
import { AppConfig } from '../config/config';
import { AuditLogService, SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { UsersService } from '../org/users.service';
import { DatabaseHandle } from './embedded-database';
import { seedDemo } from './demo-seed';
import { seedDemoScoring } from './demo-scoring';
import { seedDemoEnforcement } from './demo-enforcement';
import { EnforcementEvaluator } from '../enforcement/enforcement-evaluator.service';
import { Clock } from '../time/clock';
import { PolicySource } from '../scoring/policy-source';
import { SlaSweepService } from '../complaints/sla-sweep.service';
import { ApiClientsService } from '../api-clients/api-clients.service';

/**
 * On an empty database: create the first admin from ADMIN_EMAIL/ADMIN_PASSWORD,
 * and seed the demo network (default on for the embedded database only; SEED_DEMO=small seeds a few locations).
 */
export async function firstStart(app: INestApplication, config: AppConfig, db: DatabaseHandle): Promise<void> {
  const ds = app.get(DataSource);
  const log = new Logger('FirstStart');
  const [{ n }] = await ds.query(`SELECT count(*) AS n FROM app_user`);
  if (Number(n) > 0) return;
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await app.get(UsersService).create(SYSTEM_ACTOR, {
      email: config.ADMIN_EMAIL,
      displayName: 'Administrator',
      password: config.ADMIN_PASSWORD,
      role: 'admin',
      regionIds: [],
      franchiseeId: null,
      locationId: null,
    });
    log.log(`Created the first admin ${config.ADMIN_EMAIL}`);
  }
  if (config.SEED_DEMO ?? db.kind === 'embedded') {
    const now = app.get(Clock).now();
    const rules = await app.get(PolicySource).current();
    const size = config.SEED_DEMO === 'small' ? SMALL_DEMO_SIZE : DEMO_SIZE;
    // One token of each machine kind; the point-of-sale feed is where the demo's order volumes come from.
    const clients = app.get(ApiClientsService);
    const pos = await clients.issue(SYSTEM_ACTOR, { name: 'Demo point-of-sale feed', kind: 'pos' });
    const partner = await clients.issue(SYSTEM_ACTOR, { name: 'Demo delivery partner', kind: 'partner', channel: 'delivery_partner' });
    const volumeFeed = { apiClientId: pos.client.id, name: pos.client.name };
    const net = await seedDemo(ds, app.get(AuditLogService), { size, complaints: { now, months: 4, perMonth: 7, rules }, volumeFeed });
    await app.get(SlaSweepService).sweep();
    // The evaluator waits while the demo's months are closed: the scoring seed has it read each month's cards at that month's close.
    await app.get(EnforcementEvaluator).whilePaused(async () => {
      await seedDemoScoring(app, net, now);
      await seedDemoEnforcement(app, net);
    });
    log.log(
      `Seeded a demo network: ${net.regions.length} regions, ${net.franchisees.length} franchisees, ${net.locations.length} locations, ${net.complaints} complaints`,
    );
    log.log(`Demo logins (password "${DEMO_PASSWORD}"):\n${net.users.map((u) => `  ${u.role.padEnd(17)} ${u.email}`).join('\n')}`);
    // Printed now or never: only the tokens' hashes are stored.
    log.log(
      `Demo API tokens (Authorization: Bearer <token>):\n` +
        `  point-of-sale feed  ${pos.token}  (PUT /api/client/order-volumes)\n` +
        `  delivery partner    ${partner.token}  (POST /api/client/complaints, any active location)`,
    );
    const buttons = await clients.issueButtons(SYSTEM_ACTOR, net.locations);
    log.log(`Demo in-store button tokens (POST /api/client/complaints with Authorization: Bearer <token>):\n${buttons.map((b) => `  ${b.code.padEnd(17)} ${b.token}`).join('\n')}`);
  }
}
