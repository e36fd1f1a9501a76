import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InboxItem } from '@franscore/domain';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { previousPeriod, periodOf } from '../scoring/scorecard-explanation';
import { Clock } from '../time/clock';
import { InboxRepository } from './inbox.repository';
import { CAP_NOTICE_DAYS, CURE_NOTICE_DAYS } from './reminder-rules';

const DAY = 86_400_000;
/** An acknowledged complaint is at risk this close to its resolve target (or past it). */
export const RESOLVE_RISK_MINUTES = 60;

/** "What needs me now", per role: the portal's inbox and the source of reminders. */
@Injectable()
export class InboxService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: InboxRepository,
    private readonly clock: Clock,
  ) {}

  async inbox(user: AuthUser, scope: Scope): Promise<InboxItem[]> {
    const now = this.clock.now().getTime();
    const items: InboxItem[] = [];
    const cases = user.role === 'location_staff' ? [] : await this.repo.openCases(this.ds.manager, scope);
    for (const c of cases) {
      const link = `/enforcement/${c.id}`;
      const base = { caseId: c.id, locationCode: c.code, link };
      if (user.role === 'franchisee') {
        if (!c.has_plan && c.cap_deadline.getTime() - now < CAP_NOTICE_DAYS * DAY) {
          const overdue = c.cap_deadline.getTime() < now;
          items.push({ ...base, kind: overdue ? 'cap_overdue' : 'cap_due', due: c.cap_deadline.toISOString(), text: `Corrective-action plan ${overdue ? 'overdue' : 'due'} for ${c.code}` });
        } else if (!c.has_plan) {
          items.push({ ...base, kind: 'cap_due', due: c.cap_deadline.toISOString(), text: `Submit a corrective-action plan for ${c.code}` });
        }
        if (c.level !== 'closure_review' && c.cure_deadline.getTime() - now < CURE_NOTICE_DAYS * DAY) {
          const overdue = c.cure_deadline.getTime() < now;
          items.push({ ...base, kind: overdue ? 'cure_overdue' : 'cure_due', due: c.cure_deadline.toISOString(), text: `Cure period ${overdue ? 'ended' : 'ends soon'} for ${c.code}` });
        }
      }
      if (user.role === 'regional_manager') {
        if (c.plan_to_review) items.push({ ...base, kind: 'cap_to_review', due: null, text: `Review the corrective-action plan of ${c.code}` });
        if (c.level === 'closure_review' && !c.recommended) items.push({ ...base, kind: 'closure_to_recommend', due: null, text: `Recommend on the closure review of ${c.code}` });
      }
      if (user.role === 'admin') {
        if (c.pending_appeal) items.push({ ...base, kind: 'appeal_to_rule', due: null, text: `Rule on the appeal of ${c.code}` });
        if (c.level === 'closure_review' && c.recommended) items.push({ ...base, kind: 'closure_to_decide', due: null, text: `Decide the closure review of ${c.code}` });
      }
    }
    if (user.role === 'location_staff' || user.role === 'franchisee') {
      const riskFrom = new Date(now + RESOLVE_RISK_MINUTES * 60_000);
      for (const c of await this.repo.urgentComplaints(this.ds.manager, scope, riskFrom)) {
        const kind = c.unacknowledged ? 'complaint_to_acknowledge' : 'complaint_at_risk';
        const text = c.unacknowledged ? `Acknowledge complaint ${c.reference} at ${c.code}` : `Complaint ${c.reference} at ${c.code} is about to miss its resolve target`;
        items.push({ kind, caseId: null, locationCode: c.code, due: c.due?.toISOString() ?? null, text, link: `/complaints/${c.id}` });
      }
    }
    if (user.role === 'auditor' || user.role === 'admin') {
      for (const d of await this.repo.pendingDisputes(this.ds.manager, scope)) {
        items.push({ kind: 'dispute_to_rule', caseId: null, locationCode: d.code, due: null, text: `Rule on the dispute of complaint ${d.reference}`, link: `/complaints/${d.id}` });
      }
      const period = previousPeriod(periodOf(this.clock.now()));
      const open = await this.repo.unfinalizedCards(this.ds.manager, period);
      if (open) items.push({ kind: 'scorecard_to_finalize', caseId: null, locationCode: null, due: null, text: `${open} scorecard(s) of ${period} to finalize`, link: `/scorecards?period=${period}` });
    }
    return items;
  }
}
