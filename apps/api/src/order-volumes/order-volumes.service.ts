import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrderVolumeBatch, OrderVolumeImportResult, OrderVolumeQuery, OrderVolumeResult, OrderVolumeSeries } from '@franscore/domain';
import { ApiClientRow } from '../api-clients/api-clients.repository';
import { apiClientErrors } from '../api-clients/api-clients.errors';
import { ApiClientsService } from '../api-clients/api-clients.service';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { Clock } from '../time/clock';
import { parseOrderVolumeCsv } from './order-volume-import';
import { recordOrderVolumes } from './order-volume-recording';
import { orderVolumeErrors } from './order-volumes.errors';
import { OrderVolumesRepository } from './order-volumes.repository';

/** The chart's default window: the last 90 days up to today. */
const DEFAULT_DAYS = 90;

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number): string => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

/** Daily orders per location from the point of sale, to put complaint counts in proportion. */
@Injectable()
export class OrderVolumesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: OrderVolumesRepository,
    private readonly audit: AuditLogService,
    private readonly clients: ApiClientsService,
    private readonly clock: Clock,
  ) {}

  /** A person's CSV: all rows or none, through the same upsert (and audit entry) as the point of sale. */
  importCsv(actor: Actor, csv: string): Promise<OrderVolumeImportResult> {
    return this.ds.transaction(async (m) => {
      const codes: Array<{ id: string; code: string }> = await m.query(`SELECT id, code FROM location`);
      const { rows, problems } = parseOrderVolumeCsv(csv, new Map(codes.map((c) => [c.code, c.id])));
      if (problems.length) throw orderVolumeErrors.importRejected(problems.map((p) => ({ field: `line ${p.line}, ${p.column}`, message: p.message })));
      const result = await recordOrderVolumes(m, { repo: this.repo, audit: this.audit }, actor, { source: 'csv' }, rows, this.clock.now());
      return { imported: rows.length, ...result };
    });
  }

  /**
   * A point-of-sale batch: only a `pos` token sends one (403 otherwise, nothing
   * written). A row naming an unknown location is a bad row like any other:
   * every bad row is named and nothing of the batch is written. The last use is
   * recorded with the figures, in their transaction.
   */
  sendFromPos(client: ApiClientRow, batch: OrderVolumeBatch): Promise<OrderVolumeResult> {
    if (client.kind !== 'pos') throw apiClientErrors.cannotSendVolumes();
    return this.ds.transaction(async (m) => {
      const ids = await this.repo.locationIds(m, batch.rows.map((r) => r.locationCode));
      const unknown = batch.rows.flatMap((r, i) => (ids.has(r.locationCode) ? [] : [{ field: `rows.${i}.locationCode`, message: `no location ${r.locationCode}` }]));
      if (unknown.length) throw orderVolumeErrors.batchRejected(unknown);
      const days = batch.rows.map((r) => ({ ...r, locationId: ids.get(r.locationCode) as string }));
      const at = this.clock.now();
      const result = await recordOrderVolumes(m, { repo: this.repo, audit: this.audit }, { id: null, label: `api-client:${client.name}` }, { source: 'pos', apiClientId: client.id, name: client.name }, days, at);
      await this.clients.markUsed(m, client.id, at);
      return result;
    });
  }

  /** A location's daily figures for the chart; out of scope reads as not found. */
  async series(scope: Scope, q: OrderVolumeQuery): Promise<OrderVolumeSeries> {
    if (!(await this.repo.locationInScope(this.ds.manager, scope, q.locationId))) throw orderVolumeErrors.locationNotFound();
    const to = q.to ?? (q.from ? addDays(q.from, DEFAULT_DAYS - 1) : isoDay(this.clock.now()));
    const from = q.from ?? addDays(to, -(DEFAULT_DAYS - 1));
    const days = await this.repo.days(this.ds.manager, q.locationId, from, to);
    return {
      locationId: q.locationId,
      from,
      to,
      days: days.map((d) => ({ day: d.day, orders: Number(d.orders), source: d.source, sourceName: d.source_name })),
    };
  }
}
