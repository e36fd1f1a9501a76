import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, AuditFacets, AuditLogQuery, Page } from '@franscore/domain';
import { pageOf } from '../database/paged-query';
import { ChainedEntry } from './audit-chain';

interface Row {
  seq: string;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
}

const toEntry = (r: Row): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at.toISOString(),
  actorId: r.actor_id,
  actorLabel: r.actor_label,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  before: r.before,
  after: r.after,
  prevHash: r.prev_hash,
  hash: r.hash,
});

@Injectable()
export class AuditLogRepository {
  async last(m: EntityManager): Promise<{ seq: number; hash: string } | null> {
    const rows: Array<{ seq: string; hash: string }> = await m.query(
      `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`,
    );
    return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : null;
  }

  async insert(m: EntityManager, e: ChainedEntry & { hash: string }): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (seq, at, actor_id, actor_label, action, entity_type, entity_id, before, after, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        e.seq,
        e.at,
        e.actorId,
        e.actorLabel,
        e.action,
        e.entityType,
        e.entityId,
        e.before === null ? null : JSON.stringify(e.before),
        e.after === null ? null : JSON.stringify(e.after),
        e.prevHash,
        e.hash,
      ],
    );
  }

  async list(m: EntityManager, q: AuditLogQuery): Promise<Page<AuditEntry>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.entityType) where.push(`entity_type = $${params.push(q.entityType)}`);
    if (q.entityId) where.push(`entity_id = $${params.push(q.entityId)}`);
    if (q.actor) where.push(`actor_label ILIKE $${params.push(`%${q.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    if (q.action?.endsWith('.')) where.push(`starts_with(action, $${params.push(q.action)})`);
    else if (q.action) where.push(`action = $${params.push(q.action)}`);
    if (q.from) where.push(`at >= $${params.push(q.from)}::date`);
    if (q.to) where.push(`at < $${params.push(q.to)}::date + 1`);
    const { rows, total } = await pageOf<Row>(m, {
      select: 'SELECT * FROM audit_log',
      from: 'FROM audit_log',
      where: where.join(' AND ') || 'TRUE',
      params,
      orderBy: 'seq DESC',
      page: q.page,
      pageSize: q.pageSize,
    });
    return { items: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize };
  }

  /** Every action and entity type written so far, in order. */
  async facets(m: EntityManager): Promise<AuditFacets> {
    const actions: Array<{ v: string }> = await m.query(`SELECT DISTINCT action AS v FROM audit_log ORDER BY 1`);
    const types: Array<{ v: string }> = await m.query(`SELECT DISTINCT entity_type AS v FROM audit_log ORDER BY 1`);
    return { actions: actions.map((r) => r.v), entityTypes: types.map((r) => r.v) };
  }

  async batchAfter(m: EntityManager, afterSeq: number, size: number): Promise<Array<ChainedEntry & { hash: string }>> {
    const rows: Row[] = await m.query(`SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, [afterSeq, size]);
    return rows.map((r) => {
      const { seq, at, actorId, actorLabel, action, entityType, entityId, before, after, prevHash, hash } = toEntry(r);
      return { seq, at, actorId, actorLabel, action, entityType, entityId, before, after, prevHash, hash };
    });
  }
}
