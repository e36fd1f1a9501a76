import type { CaseEvent, CaseLevelName } from '@franscore/domain';
import { cardsBehind, levelSetBy } from './notice-report';

let seq = 0;
const e = (action: string, fromLevel: CaseLevelName | null, toLevel: CaseLevelName | null, reason = action, scorecardId: string | null = null): CaseEvent => ({
  seq: ++seq,
  at: '2026-11-02T09:00:00.000Z',
  actorLabel: 'rule',
  action,
  fromLevel,
  toLevel,
  reason,
  scorecardId,
});
const opened = e('warning_opened', null, 'warning');
const planAccepted = e('plan_accepted', 'warning', 'warning');
const escalated = e('final_warning', 'warning', 'final_warning');
const appealed = e('appealed', 'final_warning', 'final_warning');
const review = e('closure_review', 'final_warning', 'closure_review');
const recommended = e('recommended_extend', 'closure_review', 'closure_review');
const stepBack = e('appeal_upheld', 'closure_review', 'final_warning');
const extended = e('cure_extended', 'closure_review', 'final_warning');
const reopened = e('closure_review', null, 'closure_review');
const ended = e('closed', 'closure_review', null);

describe(levelSetBy.name, () => {
  it.each([
    { name: 'the opening, not a later plan review', history: [opened, planAccepted], level: 'warning', set: opened },
    { name: 'the escalation, not a later appeal', history: [opened, escalated, appealed], level: 'final_warning', set: escalated },
    { name: 'the closure review, not the recommendation', history: [opened, escalated, review, recommended], level: 'closure_review', set: review },
    { name: 'an upheld appeal restores the reason of the level it steps back to', history: [opened, escalated, review, stepBack], level: 'final_warning', set: escalated },
    { name: 'an extended cure period is a new final warning with its own reason', history: [opened, escalated, review, recommended, extended], level: 'final_warning', set: extended },
    { name: 'a closure review opened directly', history: [reopened, recommended], level: 'closure_review', set: reopened },
    { name: 'an ended case keeps the reason of its last level', history: [opened, escalated, review, recommended, ended], level: 'closure_review', set: review },
    { name: 'no move into the level', history: [planAccepted], level: 'warning', set: null },
  ] as Array<{ name: string; history: CaseEvent[]; level: CaseLevelName; set: CaseEvent | null }>)('$name', ({ history, level, set }) => {
    expect(levelSetBy(history, level)).toBe(set);
  });
});

describe(cardsBehind.name, () => {
  const october = e('warning_opened', null, 'warning', 'band warning', '11111111-1111-4111-8111-111111111111');
  const plan = e('plan_accepted', 'warning', 'warning');
  const november = e('final_warning', 'warning', 'final_warning', 'still failing', '22222222-2222-4222-8222-222222222222');
  const december = e('closure_review', 'final_warning', 'closure_review', 'band closure', '33333333-3333-4333-8333-333333333333');
  const again = e('cure_extended', 'closure_review', 'final_warning', 'extended', '22222222-2222-4222-8222-222222222222');

  it.each([
    { name: 'the card that opened a warning', history: [october, plan], set: october, cards: [october.scorecardId] },
    { name: 'every card up to the escalation, oldest first', history: [october, plan, november, december], set: november, cards: [october.scorecardId, november.scorecardId] },
    { name: 'a card recorded twice counts once', history: [october, november, december, again], set: again, cards: [october.scorecardId, november.scorecardId, december.scorecardId] },
    { name: 'no level set: no cards', history: [plan], set: null, cards: [] },
  ] as Array<{ name: string; history: CaseEvent[]; set: CaseEvent | null; cards: string[] }>)('$name', ({ history, set, cards }) => {
    expect(cardsBehind(history, set)).toEqual(cards);
  });
});
