import { DEFAULT_POLICY_RULES, PolicyRulesSchema } from '@franscore/domain';
import { POLICY_FIELDS, formToRules, rulesToForm, serverFieldErrors } from './policy-form';

describe(rulesToForm.name, () => {
  it('has one value per rule, read from the rules', () => {
    const sut = rulesToForm(DEFAULT_POLICY_RULES);
    expect(Object.keys(sut)).toHaveLength(POLICY_FIELDS.length);
    expect(sut['slaMinutes.acknowledge.critical']).toBe(15);
    expect(sut['componentWeights.volume']).toBe(0.1);
    expect(sut['enforcement.strikeWindowDays']).toBe(365);
    expect(Object.values(sut).every((value) => typeof value === 'number')).toBe(true);
  });

  it('covers every leaf of the policy rules, so no rule goes uneditable', () => {
    const leaves = (node: object, prefix = ''): string[] =>
      Object.entries(node).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null
          ? leaves(value, `${prefix}${key}.`)
          : [`${prefix}${key}`],
      );
    expect(POLICY_FIELDS.map((f) => f.path).sort()).toEqual(leaves(DEFAULT_POLICY_RULES).sort());
  });
});

describe(formToRules.name, () => {
  it('turns the form back into the same rules, valid for the API', () => {
    const sut = formToRules(rulesToForm(DEFAULT_POLICY_RULES));
    expect(sut).toEqual({ rules: DEFAULT_POLICY_RULES, errors: null });
    expect(PolicyRulesSchema.safeParse(sut.rules).success).toBe(true);
  });

  it.each([
    {
      name: 'raised thresholds',
      change: { 'thresholds.watch': 90, 'thresholds.warning': 85 },
      errors: null,
    },
    {
      name: 'watch not above warning',
      change: { 'thresholds.watch': 70 },
      errors: { 'thresholds.watch': { key: 'policies.errors.watchAboveWarning', params: {} } },
    },
    {
      name: 'an empty field',
      change: { 'severityWeights.major': null },
      errors: { 'severityWeights.major': { key: 'policies.errors.number', params: {} } },
    },
    {
      name: 'a fraction of a minute',
      change: { 'slaMinutes.acknowledge.minor': 1.5 },
      errors: { 'slaMinutes.acknowledge.minor': { key: 'policies.errors.integer', params: {} } },
    },
    {
      name: 'below the minimum',
      change: { 'enforcement.cureDays': 0 },
      errors: { 'enforcement.cureDays': { key: 'policies.errors.min', params: { min: '1' } } },
    },
    {
      name: 'above the maximum',
      change: { 'severityWeights.critical': 101 },
      errors: {
        'severityWeights.critical': { key: 'policies.errors.max', params: { max: '100' } },
      },
    },
    {
      name: 'all weights zero',
      change: {
        'componentWeights.responsiveness': 0,
        'componentWeights.resolution': 0,
        'componentWeights.recovery': 0,
        'componentWeights.protocol': 0,
        'componentWeights.volume': 0,
      },
      errors: { componentWeights: { key: 'policies.errors.weightsPositive', params: {} } },
    },
    {
      name: 'resolve shorter than acknowledge',
      change: { 'slaMinutes.resolve.critical': 10 },
      errors: {
        'slaMinutes.resolve.critical': { key: 'policies.errors.resolveNotShorter', params: {} },
      },
    },
    {
      name: 'zero-score volume band not above the full one',
      change: { 'volumeBands.zeroScoreAt': 0.5 },
      errors: { 'volumeBands.zeroScoreAt': { key: 'policies.errors.zeroAboveFull', params: {} } },
    },
  ])('$name', ({ change, errors }) => {
    const sut = formToRules({ ...rulesToForm(DEFAULT_POLICY_RULES), ...change });
    expect(sut.errors).toEqual(errors);
    if (!errors)
      expect(sut.rules?.thresholds).toEqual({
        ...DEFAULT_POLICY_RULES.thresholds,
        watch: 90,
        warning: 85,
      });
  });
});

describe(serverFieldErrors.name, () => {
  it("maps the API's field names onto the form's", () => {
    expect(
      serverFieldErrors([
        { field: 'rules.thresholds.watch', message: 'must be above warning' },
        { field: 'name', message: 'required' },
      ]),
    ).toEqual({
      'thresholds.watch': {
        key: 'policies.errors.server',
        params: { message: 'must be above warning' },
      },
      name: { key: 'policies.errors.server', params: { message: 'required' } },
    });
  });
});
