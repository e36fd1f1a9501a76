import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ComplaintDetail, ComplaintQuery, ComplaintSummary, EventType, FileDispute, Page, PublicStatus, Rating, RecordEvent, Recover, RuleDispute, Severity } from '@franscore/domain';
import { Actor, AuditLogService, actorOf } from '../audit-log/audit-log.service';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import type { OfferedCompensation } from '@franscore/scoring';
import { PlaybooksService } from '../playbooks/playbooks.service';
import { PolicySource } from '../scoring/policy-source';
import { Clock } from '../time/clock';
import { enqueueComplaintEvent } from '../webhooks/webhook-outbox';
import { clockColumns, complaintClocks } from './complaint-clocks';
import { applyEvent, foldTimeline, refusal, TimelineState } from './complaint-timeline';
import { detailOf, searchesContacts, summaryOf } from './complaint-views';
import { complaintErrors } from './complaints.errors';
import { ComplaintRow, ComplaintsRepository, EventRow } from './complaints.repository';
import { StatusTokens } from './status-token';

const CUSTOMER: Actor = { id: null, label: 'customer' };
const ALL: Scope = { kind: 'all' };

interface NewEvent {
  type: EventType;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** The events to append, decided with the complaint locked and its timeline read. */
type Plan = NewEvent | ((m: EntityManager, row: ComplaintRow, before: TimelineState) => Promise<NewEvent[]>);

@Injectable()
export class ComplaintHandlingService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ComplaintsRepository,
    private readonly audit: AuditLogService,
    private readonly policy: PolicySource,
    private readonly tokens: StatusTokens,
    private readonly clock: Clock,
    private readonly playbooks: PlaybooksService,
  ) {}

  /** The search matches customers' contacts only for the roles that may see them. */
  async list(scope: Scope, q: ComplaintQuery, role?: AuthUser['role']): Promise<Page<ComplaintSummary>> {
    const now = this.clock.now();
    const contacts = role !== undefined && searchesContacts(role);
    const [rules, { rows, total }] = await Promise.all([this.policy.current(), this.repo.list(this.ds.manager, scope, q, now, contacts)]);
    return { items: rows.map((r) => summaryOf(r, rules, now)), total, page: q.page, pageSize: q.pageSize };
  }

  async detail(user: AuthUser, scope: Scope, id: string): Promise<ComplaintDetail> {
    const row = await this.repo.inScope(this.ds.manager, scope, id);
    if (!row) throw complaintErrors.notFound();
    return this.describe(this.ds.manager, row, user.role);
  }

  /** A handling step by staff, the franchisee or head office; 409 with the reason when it makes no sense now. */
  async record(user: AuthUser, scope: Scope, id: string, input: RecordEvent): Promise<ComplaintDetail> {
    const { type, note, kind, value, reason } = input;
    const plan: Plan =
      type === 'compensation_offered' && kind !== undefined && value !== undefined
        ? async (m, row) => [await this.compensation(m, row, { kind, value, reason }, note)]
        : { type, note };
    return this.withComplaint(scope, id, actorOf(user), plan, (m, row) => this.describe(m, row, user.role));
  }

  /**
   * The playbook's path in one action: acknowledge if not yet, apologize, say
   * what was done and offer compensation, each its own event (so the SLA and
   * scoring rules read them as if recorded one by one), all or none.
   */
  async recover(user: AuthUser, scope: Scope, id: string, input: Recover): Promise<ComplaintDetail> {
    const plan: Plan = async (m, row, before) => [
      ...(before.acknowledgedAt ? [] : [{ type: 'acknowledged' as const }]),
      { type: 'apologized', note: input.apology },
      ...(input.action ? [{ type: 'action_taken' as const, note: input.action }] : []),
      ...(input.compensation ? [await this.compensation(m, row, input.compensation, undefined, 'compensation.')] : []),
    ];
    return this.withComplaint(scope, id, actorOf(user), plan, (m, row) => this.describe(m, row, user.role));
  }

  /** Staff set the severity the category only suggested; both clocks are re-timed to the new targets. */
  async setSeverity(user: AuthUser, scope: Scope, id: string, severity: Severity, note: string | undefined): Promise<ComplaintDetail> {
    return this.ds.transaction(async (m) => {
      const row = await this.repo.inScope(m, scope, id, true);
      if (!row) throw complaintErrors.notFound();
      if (row.status === 'closed') throw complaintErrors.impossibleStep('severity', 'the complaint is closed');
      const events = await this.repo.events(m, id);
      const timeline = foldTimeline(events);
      const rules = await this.policy.current(m);
      const clocks = complaintClocks({ timeZone: row.time_zone, hours: row.business_hours }, row.received_at, severity, rules, timeline, this.clock.now());
      await this.repo.setSeverity(m, id, severity);
      await this.repo.saveDerived(m, id, { ...clockColumns(clocks, timeline), status: timeline.status, rating: row.rating, dispute: timeline.dispute, event_count: events.length });
      await this.audit.append(m, actorOf(user), { action: 'complaint.severity_set', entityType: 'complaint', entityId: id, before: { severity: row.severity }, after: { severity, note: note ?? null } });
      return this.describe(m, (await this.repo.byId(m, id)) as ComplaintRow, user.role);
    });
  }

  async fileDispute(user: AuthUser, scope: Scope, id: string, input: FileDispute): Promise<ComplaintDetail> {
    return this.withComplaint(scope, id, actorOf(user), { type: 'dispute_filed', note: input.explanation, data: { reason: input.reason } }, async (m, row, before) => {
      await this.audit.append(m, actorOf(user), { action: 'complaint.dispute_filed', entityType: 'complaint', entityId: id, before: { dispute: before.dispute }, after: { dispute: 'pending', reason: input.reason, explanation: input.explanation } });
      return this.describe(m, row, user.role);
    });
  }

  async ruleDispute(user: AuthUser, scope: Scope, id: string, input: RuleDispute): Promise<ComplaintDetail> {
    const type = input.ruling === 'upheld' ? 'dispute_upheld' : 'dispute_rejected';
    return this.withComplaint(scope, id, actorOf(user), { type, note: input.explanation }, async (m, row) => {
      await this.audit.append(m, actorOf(user), { action: `complaint.${type}`, entityType: 'complaint', entityId: id, before: { dispute: 'pending' }, after: { dispute: input.ruling, explanation: input.explanation } });
      return this.describe(m, row, user.role);
    });
  }

  async publicStatus(token: string): Promise<PublicStatus> {
    const row = await this.byToken(token);
    const events = await this.repo.events(this.ds.manager, row.id);
    const timeline = foldTimeline(events);
    const visible = new Set<EventType>(['acknowledged', 'apologized', 'compensation_offered', 'action_taken', 'customer_contacted', 'waiting_on_customer', 'customer_replied', 'resolved', 'reopened', 'followup_rating']);
    return {
      reference: row.reference,
      locationName: row.location_name,
      status: row.status,
      receivedAt: row.received_at.toISOString(),
      steps: events.filter((e) => visible.has(e.type)).map((e) => ({ type: e.type, at: e.at.toISOString() })),
      canRate: refusal(timeline, 'followup_rating') === null,
      rating: row.rating,
    };
  }

  /** The customer's follow-up survey: once, after resolution. */
  async rate(token: string, input: Rating): Promise<PublicStatus> {
    const row = await this.byToken(token);
    await this.withComplaint(ALL, row.id, CUSTOMER, { type: 'followup_rating', note: input.comment ?? null, data: { rating: input.rating } }, async () => undefined);
    return this.publicStatus(token);
  }

  private async byToken(token: string): Promise<ComplaintRow> {
    const reference = await this.tokens.referenceOf(token);
    const row = reference ? await this.repo.byReference(this.ds.manager, reference) : null;
    if (!row) throw complaintErrors.statusNotFound();
    return row;
  }

  /**
   * Locks the complaint, checks the step against its timeline, appends the
   * event and refreshes what is derived from the timeline, in one transaction.
   */
  private withComplaint<T>(scope: Scope, id: string, actor: Actor, plan: Plan, then: (m: EntityManager, row: ComplaintRow, before: TimelineState) => Promise<T>): Promise<T> {
    return this.ds.transaction(async (m) => {
      const row = await this.repo.inScope(m, scope, id, true);
      if (!row) throw complaintErrors.notFound();
      const events = await this.repo.events(m, id);
      const before = foldTimeline(events);
      const planned = typeof plan === 'function' ? await plan(m, row, before) : [plan];
      const at = this.clock.now();
      let after = before;
      let rating = row.rating;
      for (const [i, e] of planned.entries()) {
        const reason = refusal(after, e.type);
        if (reason) throw complaintErrors.impossibleStep(e.type, reason);
        after = applyEvent(after, { type: e.type, at });
        if (e.type === 'followup_rating') rating = Number(e.data?.['rating']);
        await this.repo.appendEvent(m, id, events.length + i + 1, { type: e.type, at, actorId: actor.id, actorLabel: actor.label, note: e.note ?? null, data: e.data ?? {} });
      }
      const rules = await this.policy.current(m);
      const clocks = complaintClocks({ timeZone: row.time_zone, hours: row.business_hours }, row.received_at, row.severity, rules, after, at);
      await this.repo.saveDerived(m, id, { ...clockColumns(clocks, after), status: after.status, rating, dispute: after.dispute, event_count: events.length + planned.length });
      if (planned.some((e) => e.type === 'resolved')) await enqueueComplaintEvent(m, 'complaint.resolved', id, at, { resolvedBy: actor.label });
      const fresh = (await this.repo.byId(m, id)) as ComplaintRow;
      return then(m, fresh, before);
    });
  }

  /** A compensation event: checked against the playbook's range, with the reason and currency kept in its data. */
  private async compensation(m: EntityManager, row: ComplaintRow, offer: OfferedCompensation & { reason?: string }, note?: string, fieldPrefix = ''): Promise<NewEvent> {
    const currency = await this.playbooks.checkCompensation(m, row, offer, fieldPrefix);
    const data = { kind: offer.kind, value: offer.value, ...(offer.reason ? { reason: offer.reason } : {}), ...(currency ? { currency } : {}) };
    return { type: 'compensation_offered', note, data };
  }

  private async describe(m: EntityManager, row: ComplaintRow, role: AuthUser['role']): Promise<ComplaintDetail> {
    const events: EventRow[] = await this.repo.events(m, row.id);
    const timeline = foldTimeline(events);
    const rules = await this.policy.current(m);
    const now = this.clock.now();
    const clocks = complaintClocks({ timeZone: row.time_zone, hours: row.business_hours }, row.received_at, row.severity, rules, timeline, now);
    return detailOf(row, events, timeline, clocks, role, rules, now);
  }
}
