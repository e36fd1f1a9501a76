export type ReminderKind = 'cap_due_soon' | 'cap_overdue' | 'cure_due_soon' | 'cure_overdue';

export interface ReminderCase {
  id: string;
  capDeadline: Date;
  cureDeadline: Date;
  /** A plan is submitted or accepted: the CAP deadline is met. */
  hasPlan: boolean;
  level: 'warning' | 'final_warning' | 'closure_review';
}

const DAY = 86_400_000;
export const CAP_NOTICE_DAYS = 2;
export const CURE_NOTICE_DAYS = 7;

/** Which reminders a case deserves now; each is sent once per case (the caller remembers what went out). */
export function dueReminders(c: ReminderCase, now: Date): ReminderKind[] {
  const out: ReminderKind[] = [];
  const t = now.getTime();
  if (!c.hasPlan) {
    if (t > c.capDeadline.getTime()) out.push('cap_overdue');
    else if (t > c.capDeadline.getTime() - CAP_NOTICE_DAYS * DAY) out.push('cap_due_soon');
  }
  if (c.level !== 'closure_review') {
    if (t > c.cureDeadline.getTime()) out.push('cure_overdue');
    else if (t > c.cureDeadline.getTime() - CURE_NOTICE_DAYS * DAY) out.push('cure_due_soon');
  }
  return out;
}
