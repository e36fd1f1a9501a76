import { PublicComplaintSchema, suggestedSeverity } from './complaints';

describe('suggestedSeverity', () => {
  it.each([
    { category: 'safety', severity: 'critical' },
    { category: 'hygiene', severity: 'major' },
    { category: 'food_quality', severity: 'major' },
    { category: 'staff_behaviour', severity: 'major' },
    { category: 'wait_time', severity: 'minor' },
    { category: 'order_accuracy', severity: 'minor' },
    { category: 'billing', severity: 'minor' },
    { category: 'delivery', severity: 'minor' },
    { category: 'other', severity: 'minor' },
  ] as const)('$category is $severity', ({ category, severity }) => {
    expect(suggestedSeverity(category)).toBe(severity);
  });
});

describe('PublicComplaintSchema', () => {
  const body = { category: 'wait_time', description: 'Queue too long' };

  it('files through the public web form when no channel is given', () => {
    expect(PublicComplaintSchema.parse(body).channel).toBe('qr_form');
  });

  it.each([
    { name: 'a machine channel', input: { ...body, channel: 'in_store_button' }, field: 'channel' },
    { name: 'a staff channel', input: { ...body, channel: 'phone' }, field: 'channel' },
    { name: 'a chosen severity', input: { ...body, severity: 'critical' }, field: 'severity' },
  ])('refuses $name naming $field', ({ input, field }) => {
    const result = PublicComplaintSchema.safeParse(input);
    expect(result.success).toBe(false);
    const named = result.error?.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [i.path.join('.')]));
    expect(named).toContain(field);
  });
});
