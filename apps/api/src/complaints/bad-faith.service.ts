import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ComplaintFlag, FlagEvidence, FlaggedComplaint, FlaggedComplaintsQuery } from '@franscore/domain';
import { BAD_FAITH_RULES, badFaithFlags, contactKeys } from '@franscore/scoring';
import { Scope } from '../auth/scope';
import { BadFaithRepository, FilingRow, filingOf } from './bad-faith.repository';
import { complaintErrors } from './complaints.errors';
import { ComplaintsRepository } from './complaints.repository';

const DAY_MS = 86_400_000;
/** The widest rule's window: a pattern holding a complaint lies within this many days of it. */
const REACH_MS = Math.max(BAD_FAITH_RULES.manyLocations.windowDays, BAD_FAITH_RULES.repeatAtLocation.windowDays) * DAY_MS;

/** How far a chain of e-mail and phone keys is followed; a real customer has two or three. */
const MAX_ROUNDS = 4;

const evidenceOf = (r: FilingRow): FlagEvidence => ({ id: r.id, reference: r.reference, locationCode: r.location_code, receivedAt: r.received_at.toISOString() });

/**
 * DOMAIN.md "Bad-faith signals": reads a customer's complaints by contact and lets
 * the rules of libs/scoring decide. A flag is shown to head office and the
 * franchisee; the complaints behind it are named only where the caller may see them.
 */
@Injectable()
export class BadFaithService {
  constructor(
    private readonly ds: DataSource,
    private readonly complaints: ComplaintsRepository,
    private readonly repo: BadFaithRepository,
  ) {}

  async flagOf(scope: Scope, complaintId: string): Promise<ComplaintFlag> {
    const row = await this.complaints.inScope(this.ds.manager, scope, complaintId);
    if (!row) throw complaintErrors.notFound();
    const at = row.received_at.getTime();
    const rows = await this.customerAround(scope, contactKeys(row.contact), new Date(at - REACH_MS), new Date(at + REACH_MS));
    const flag = badFaithFlags(rows.map(filingOf)).get(complaintId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const related = (flag?.related ?? []).map((id) => byId.get(id)).filter((r): r is FilingRow => r !== undefined);
    return {
      complaintId,
      flagged: flag !== undefined,
      rules: flag?.rules ?? [],
      related: related.filter((r) => r.in_scope).map(evidenceOf),
      relatedElsewhere: related.filter((r) => !r.in_scope).length,
    };
  }

  /**
   * The customer's complaints in the window: those under the complaint's keys, then
   * those under the keys they bring (an e-mail complaint that also gave a phone).
   */
  private async customerAround(scope: Scope, keys: string[], from: Date, to: Date): Promise<FilingRow[]> {
    const known = new Set(keys);
    let rows: FilingRow[] = [];
    for (let round = 0; round < MAX_ROUNDS && keys.length; round++) {
      rows = await this.repo.byContact(this.ds.manager, scope, [...known], from, to);
      keys = rows.flatMap((r) => contactKeys(r.contact)).filter((k) => !known.has(k));
      for (const k of keys) known.add(k);
    }
    return rows;
  }

  /** Flagged complaints in scope received in [from, to), newest first. */
  async flagged(scope: Scope, q: FlaggedComplaintsQuery): Promise<FlaggedComplaint[]> {
    const from = new Date(`${q.from}T00:00:00Z`);
    const to = new Date(`${q.to}T00:00:00Z`);
    const rows = await this.repo.candidates(this.ds.manager, scope, new Date(from.getTime() - REACH_MS), new Date(to.getTime() + REACH_MS));
    const flags = badFaithFlags(rows.map(filingOf));
    return rows
      .filter((r) => r.in_scope && r.received_at >= from && r.received_at < to && flags.has(r.id))
      .reverse()
      .map((r) => {
        const flag = flags.get(r.id);
        return { ...evidenceOf(r), status: r.status, dispute: r.dispute, rules: flag?.rules ?? [], relatedCount: flag?.related.length ?? 0 };
      });
  }
}
