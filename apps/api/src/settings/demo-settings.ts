import { EntityManager } from 'typeorm';
import type { UpdateHeadOfficeSettings } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { SettingsRepository } from './settings.repository';

/** The demo network's head office: the sender of its letters and the figures of its revenue at risk. */
export const DEMO_HEAD_OFFICE: UpdateHeadOfficeSettings = {
  name: 'Franscore Restaurants JSC, head office',
  postalAddress: '12 Tverskaya St, office 400, Moscow 125009, Russia',
  customerLifetimeValue: 18000,
  currency: 'RUB',
  wordOfMouthMultiplier: 6,
};

/** Sets the demo head office inside the seed's transaction, logged like any change. */
export async function seedHeadOfficeSettings(m: EntityManager, audit: AuditLogService, actor: Actor, at: Date): Promise<void> {
  const repo = new SettingsRepository();
  const before = await repo.get(m, true);
  await repo.save(m, DEMO_HEAD_OFFICE, at, actor.label);
  await audit.append(m, actor, { action: 'settings.updated', entityType: 'settings', entityId: 'head_office', before, after: await repo.get(m) });
}
