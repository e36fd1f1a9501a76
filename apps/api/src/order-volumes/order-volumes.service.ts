import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImportResult } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { insertChunks } from '../database/bulk-insert';
import { AppError } from '../errors/app-error';
import { Clock } from '../time/clock';
import { parseOrderVolumeCsv } from './order-volume-import';

/** Daily orders per location from the point of sale, to put complaint counts in proportion. */
@Injectable()
export class OrderVolumesService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  /** All rows or none. A day already on file is replaced, and the audit log keeps what it was. */
  async importCsv(actor: Actor, csv: string): Promise<ImportResult & { replaced: number }> {
    return this.ds.transaction(async (m) => {
      const codes: Array<{ id: string; code: string }> = await m.query(`SELECT id, code FROM location`);
      const { rows, problems } = parseOrderVolumeCsv(csv, new Map(codes.map((c) => [c.code, c.id])));
      if (problems.length) {
        throw new AppError('order_volume.import_rejected', 'invalid', `Import rejected: ${problems.length} problem(s); nothing was imported`,
          problems.map((p) => ({ field: `line ${p.line}, ${p.column}`, message: p.message })));
      }
      const previous: Array<{ location_id: string; day: string; orders: number }> = await m.query(
        `SELECT ov.location_id, to_char(ov.day, 'YYYY-MM-DD') AS day, ov.orders FROM order_volume ov
         JOIN unnest($1::uuid[], $2::date[]) AS k(location_id, day) ON k.location_id = ov.location_id AND k.day = ov.day`,
        [rows.map((r) => r.locationId), rows.map((r) => r.day)],
      );
      const now = this.clock.now();
      await insertChunks(
        m,
        rows,
        (v) => `INSERT INTO order_volume (location_id, day, orders, updated_at) VALUES ${v}
                ON CONFLICT (location_id, day) DO UPDATE SET orders = EXCLUDED.orders, updated_at = EXCLUDED.updated_at`,
        (r) => [r.locationId, r.day, r.orders, now],
      );
      await this.audit.append(m, actor, {
        action: 'order_volume.imported',
        entityType: 'order_volume',
        entityId: 'import',
        before: previous.length ? { replaced: previous } : null,
        after: { rows: rows.length },
      });
      return { imported: rows.length, replaced: previous.length };
    });
  }
}
