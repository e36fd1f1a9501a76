import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { csvRow } from '@franscore/domain';
import type { ComplaintQuery, ImportResult } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { PolicySource } from '../scoring/policy-source';
import { Clock } from '../time/clock';
import { parseComplaintCsv } from './complaint-import';
import { summaryOf } from './complaint-views';
import { complaintErrors } from './complaints.errors';
import { calendarsByCode, ComplaintsRepository, existingReferences, insertHistorical } from './complaints.repository';
import { DerivedColumns, deriveHistorical, HistoricalComplaint } from './historical-complaint';

export const COMPLAINT_EXPORT_COLUMNS = ['reference', 'location_code', 'location_name', 'channel', 'category', 'severity', 'status', 'received_at', 'acknowledge_sla', 'resolve_sla', 'dispute'];

/** Onboarding from a help desk (CSV import with timelines) and the CSV export of a filtered list. */
@Injectable()
export class ComplaintTransferService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ComplaintsRepository,
    private readonly audit: AuditLogService,
    private readonly policy: PolicySource,
    private readonly clock: Clock,
  ) {}

  /** All rows or none: each timeline is replayed through the live rules first, and every problem is named by line and column. */
  async importCsv(actor: Actor, csv: string): Promise<ImportResult> {
    const rules = await this.policy.current();
    const now = this.clock.now();
    return this.ds.transaction(async (m) => {
      const { rows, problems } = parseComplaintCsv(csv, await calendarsByCode(m));
      const taken = await existingReferences(m, rows.map((r) => r.complaint.reference));
      const ready: Array<{ c: HistoricalComplaint; d: DerivedColumns }> = [];
      for (const { line, complaint } of rows) {
        if (taken.has(complaint.reference)) problems.push({ line, column: 'reference', message: 'already imported' });
        const derived = deriveHistorical(complaint, rules, now);
        if ('error' in derived) problems.push({ line, column: 'events', message: derived.error });
        else ready.push({ c: complaint, d: derived.derived });
      }
      if (problems.length) {
        problems.sort((a, b) => a.line - b.line);
        throw complaintErrors.importRejected(problems.map((p) => ({ field: `line ${p.line}, ${p.column}`, message: p.message })));
      }
      await insertHistorical(m, ready);
      await this.audit.append(m, actor, { action: 'complaint.imported', entityType: 'complaint', entityId: 'import', after: { count: ready.length, references: ready.map((r) => r.c.reference) } });
      return { imported: ready.length };
    });
  }

  /** The filtered list as CSV lines, read in batches so a large export never sits in memory. No personal data. */
  /** With `contacts`, a search (q) also matches customers' e-mail and phone, as the list does for the same role. */
  async *exportCsv(scope: Scope, q: ComplaintQuery, contacts = false): AsyncGenerator<string> {
    const rules = await this.policy.current();
    const now = this.clock.now();
    yield `${csvRow(COMPLAINT_EXPORT_COLUMNS)}\n`;
    for await (const batch of this.repo.stream(this.ds.manager, scope, q, now, 1000, contacts)) {
      yield batch
        .map((r) => {
          const s = summaryOf(r, rules, now);
          return csvRow([s.reference, s.locationCode, s.locationName, s.channel, s.category, s.severity, s.status, s.receivedAt, s.acknowledge.state, s.resolve.state, s.disputed]);
        })
        .join('\n')
        .concat('\n');
    }
  }
}
