import { scopeCondition, scopeFor } from './scope';

const R1 = '11111111-1111-4111-8111-111111111111';
const F1 = '22222222-2222-4222-8222-222222222222';
const L1 = '33333333-3333-4333-8333-333333333333';

describe(scopeFor.name, () => {
  it.each([
    { role: 'admin' as const, expected: { kind: 'all' } },
    { role: 'auditor' as const, expected: { kind: 'all' } },
    { role: 'regional_manager' as const, expected: { kind: 'regions', regionIds: [R1] } },
    { role: 'franchisee' as const, expected: { kind: 'franchisee', franchiseeId: F1 } },
    { role: 'location_staff' as const, expected: { kind: 'location', locationId: L1 } },
  ])('$role sees $expected.kind', ({ role, expected }) => {
    expect(scopeFor({ role, regionIds: [R1], franchiseeId: F1, locationId: L1 })).toEqual(expected);
  });

  it('a user missing the assignment of their role sees nothing', () => {
    expect(scopeFor({ role: 'franchisee', regionIds: [], franchiseeId: null, locationId: null })).toEqual({ kind: 'none' });
  });
});

describe(scopeCondition.name, () => {
  it('numbers its parameter after the ones already there', () => {
    const params: unknown[] = ['x'];
    expect(scopeCondition({ kind: 'franchisee', franchiseeId: F1 }, 'l', params)).toBe('l.franchisee_id = $2');
    expect(params).toEqual(['x', F1]);
  });
});
