import { dueReminders, ReminderCase } from './reminder-rules';

const NOW = new Date('2026-11-10T12:00:00Z');
const at = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const c = (over: Partial<ReminderCase>): ReminderCase => ({ id: 'c', capDeadline: at(10), cureDeadline: at(30), hasPlan: false, level: 'warning', ...over });

describe(dueReminders.name, () => {
  it.each([
    { name: 'nothing due yet', case: c({}), kinds: [] },
    { name: 'plan due within two days', case: c({ capDeadline: at(1) }), kinds: ['cap_due_soon'] },
    { name: 'plan overdue', case: c({ capDeadline: at(-1) }), kinds: ['cap_overdue'] },
    { name: 'a submitted plan silences the plan reminders', case: c({ capDeadline: at(-1), hasPlan: true }), kinds: [] },
    { name: 'cure deadline within a week', case: c({ cureDeadline: at(5) }), kinds: ['cure_due_soon'] },
    { name: 'cure deadline passed', case: c({ cureDeadline: at(-2), hasPlan: true }), kinds: ['cure_overdue'] },
    { name: 'a closure review has no cure reminder', case: c({ cureDeadline: at(-2), hasPlan: true, level: 'closure_review' }), kinds: [] },
  ])('$name', ({ case: rc, kinds }) => {
    expect(dueReminders(rc, NOW)).toEqual(kinds);
  });
});
