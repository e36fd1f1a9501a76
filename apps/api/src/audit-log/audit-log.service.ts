import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditFacets, AuditLogQuery, AuditVerify, AuditEntry, Page } from '@franscore/domain';
import { Clock } from '../time/clock';
import { ChainedEntry, entryHash, findChainBreak, GENESIS_HASH } from './audit-chain';
import { AuditLogRepository } from './audit-log.repository';

export interface Actor {
  id: string | null;
  label: string;
}

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Any fixed number: it names the lock that keeps the chain one line under concurrent writers. */
const CHAIN_LOCK = 7_210_001;

@Injectable()
export class AuditLogService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: AuditLogRepository,
    private readonly clock: Clock,
  ) {}

  /** Appends inside the caller's transaction, so the entry commits with the change it records. */
  async append(m: EntityManager, actor: Actor, change: AuditChange): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [CHAIN_LOCK]);
    const last = await this.repo.last(m);
    const entry: ChainedEntry = {
      seq: (last?.seq ?? 0) + 1,
      at: this.clock.now().toISOString(),
      actorId: actor.id,
      actorLabel: actor.label,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before ?? null,
      after: change.after ?? null,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await this.repo.insert(m, { ...entry, hash: entryHash(entry) });
  }

  list(q: AuditLogQuery): Promise<Page<AuditEntry>> {
    return this.repo.list(this.ds.manager, q);
  }

  facets(): Promise<AuditFacets> {
    return this.repo.facets(this.ds.manager);
  }

  /** Reads the chain in batches so a long log never sits in memory whole. */
  async verify(): Promise<AuditVerify> {
    let previous = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const batch = await this.repo.batchAfter(this.ds.manager, previous.seq, 1000);
      if (batch.length === 0) return { ok: true, checked, firstBrokenSeq: null, reason: null };
      const broken = findChainBreak(batch, previous);
      if (broken) return { ok: false, checked: checked + batch.findIndex((e) => e.seq === broken.seq), firstBrokenSeq: broken.seq, reason: broken.reason };
      checked += batch.length;
      const tail = batch[batch.length - 1];
      previous = { seq: tail.seq, hash: tail.hash };
    }
  }
}

export const actorOf = (user: { id: string; email: string }): Actor => ({ id: user.id, label: user.email });
export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };
