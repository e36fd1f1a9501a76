import { EntityManager } from 'typeorm';
import type { OrderVolumeResult } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { OrderVolumesRepository, VolumeDay, VolumeOrigin } from './order-volumes.repository';

/**
 * The one way order figures are written, by the point-of-sale API, the CSV
 * import and the demo seed alike: inside the caller's transaction, a day on
 * file is replaced, and one audit entry per batch lists every replaced day with
 * its old figure (`before.days`) and its new one (`after.days`, same order),
 * with the batch's source and counts. New days are counted, not listed: they
 * replaced nothing, and the table holds them. A batch that changed nothing
 * leaves no entry.
 */
export async function recordOrderVolumes(
  m: EntityManager,
  deps: { repo: OrderVolumesRepository; audit: AuditLogService },
  actor: Actor,
  origin: VolumeOrigin,
  days: readonly VolumeDay[],
  at: Date,
): Promise<OrderVolumeResult> {
  await deps.repo.lock(m);
  const stored = new Map((await deps.repo.stored(m, days)).map((s) => [`${s.location_id}|${s.day}`, s.orders]));
  const replaced: Array<{ d: VolumeDay; was: number }> = [];
  let inserted = 0;
  for (const d of days) {
    const was = stored.get(`${d.locationId}|${d.day}`);
    if (was === undefined) inserted++;
    else if (was !== d.orders) replaced.push({ d, was });
  }
  await deps.repo.upsert(m, days, origin, at);
  const result = { received: days.length, inserted, replaced: replaced.length, unchanged: days.length - inserted - replaced.length };
  if (inserted || replaced.length) {
    await deps.audit.append(m, actor, {
      action: 'order_volume.recorded',
      entityType: 'order_volume',
      entityId: origin.source === 'pos' ? origin.apiClientId : 'csv',
      before: replaced.length ? { days: replaced.map(({ d, was }) => ({ locationCode: d.locationCode, day: d.day, orders: was })) } : null,
      after: {
        source: origin.source,
        ...(origin.source === 'pos' ? { feed: origin.name } : {}),
        ...result,
        days: replaced.map(({ d }) => ({ locationCode: d.locationCode, day: d.day, orders: d.orders })),
      },
    });
  }
  return result;
}
