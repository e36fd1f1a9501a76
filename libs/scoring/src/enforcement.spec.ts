import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import type { Band } from './band';
import { EnforcementInput, nextEnforcementStep, OpenCase } from './enforcement';

const NOW = new Date('2026-11-02T09:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const card = (band: Band | null, over: Partial<EnforcementInput['scorecard']> = {}) => ({ id: 's1', band, provisional: false, finalized: true, asOf: NOW, ...over });
const open = (level: OpenCase['level'], cureDeadline = days(-1)): OpenCase => ({ level, openedAt: days(-31), cureDeadline });
const step = (openCase: OpenCase | null, scorecard: EnforcementInput['scorecard'], earlierWarnings: Date[] = []) =>
  nextEnforcementStep({ openCase, scorecard, rules: DEFAULT_POLICY_RULES, now: NOW, earlierWarnings });

describe(nextEnforcementStep.name, () => {
  it.each([
    { name: 'good, no case', openCase: null, scorecard: card('good'), action: 'none', rule: /needs no action/ },
    { name: 'watch, no case', openCase: null, scorecard: card('watch'), action: 'none', rule: /needs no action/ },
    { name: 'warning opens a case', openCase: null, scorecard: card('warning'), action: 'open_warning', rule: /strike 1 of 3/ },
    { name: 'closure band still starts with a warning (due process)', openCase: null, scorecard: card('closure'), action: 'open_warning', rule: /band closure/ },
    { name: 'provisional never enforced', openCase: null, scorecard: card('closure', { provisional: true }), action: 'none', rule: /provisional/ },
    { name: 'unfinalized never enforced', openCase: null, scorecard: card('closure', { finalized: false }), action: 'none', rule: /finalized/ },
    { name: 'no band, nothing to do', openCase: null, scorecard: card(null), action: 'none', rule: /no band/ },
    { name: 'warning inside the cure period waits', openCase: open('warning', days(5)), scorecard: card('warning'), action: 'none', rule: /not ended/ },
    { name: 'closure band inside the cure period escalates at once', openCase: open('warning', days(5)), scorecard: card('closure'), action: 'open_closure_review', rule: /band closure/ },
    { name: 'still failing after the cure deadline: final warning', openCase: open('warning'), scorecard: card('warning'), action: 'escalate_final_warning', rule: /still warning/ },
    { name: 'recovered after the cure deadline: cured', openCase: open('warning'), scorecard: card('watch'), action: 'cure', rule: /band watch after/ },
    { name: 'final warning recovered: cured', openCase: open('final_warning'), scorecard: card('good'), action: 'cure', rule: /band good/ },
    { name: 'final warning still failing: closure review', openCase: open('final_warning'), scorecard: card('warning'), action: 'open_closure_review', rule: /final warning/ },
    { name: 'closure review waits for people', openCase: open('closure_review'), scorecard: card('good'), action: 'none', rule: /person/ },
    { name: 'a provisional card does not cure', openCase: open('warning'), scorecard: card('good', { provisional: true }), action: 'none', rule: /provisional/ },
    { name: 'a card computed before the deadline does not cure', openCase: open('warning', days(1)), scorecard: card('good'), action: 'none', rule: /not ended/ },
  ])('$name', ({ openCase, scorecard, action, rule }) => {
    const s = step(openCase, scorecard);
    expect(s.action).toBe(action);
    expect(s.rule).toMatch(rule);
  });

  it('sets cure and CAP deadlines from the policy when opening a warning', () => {
    expect(step(null, card('warning'))).toEqual({
      action: 'open_warning',
      rule: expect.any(String),
      cureDeadline: days(30),
      capDeadline: days(7),
    });
  });

  it('starts a new cure period on escalation to final warning', () => {
    expect(step(open('warning'), card('warning'))).toMatchObject({ cureDeadline: days(30) });
  });

  it.each([
    { name: 'two earlier warnings in the year reach three strikes', earlier: [days(-300), days(-100)], action: 'open_closure_review' },
    { name: 'an old warning outside the window does not count', earlier: [days(-400), days(-100)], action: 'open_warning' },
    { name: 'a first warning is one strike', earlier: [], action: 'open_warning' },
  ])('strikes: $name', ({ earlier, action }) => {
    expect(step(null, card('warning'), earlier).action).toBe(action);
  });
});
