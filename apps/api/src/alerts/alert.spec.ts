import { Alert, alertReaches, alertRoles } from './alert';

const alert = (over: Partial<Alert> = {}): Alert => ({
  id: 'a1',
  kind: 'complaint_received',
  complaintId: 'c1',
  reference: 'C-1',
  locationId: 'L1',
  locationCode: 'MSK-001',
  regionId: 'R1',
  franchiseeId: 'F1',
  severity: 'minor',
  at: '2026-11-02T09:00:00.000Z',
  roles: ['location_staff', 'franchisee'],
  ...over,
});

describe(alertRoles.name, () => {
  it.each([
    { kind: 'complaint_received' as const, severity: 'minor' as const, roles: ['location_staff', 'franchisee'] },
    { kind: 'complaint_received' as const, severity: 'critical' as const, roles: ['location_staff', 'franchisee', 'regional_manager'] },
    { kind: 'acknowledge_breached' as const, severity: 'critical' as const, roles: ['franchisee'] },
    { kind: 'resolve_breached' as const, severity: 'major' as const, roles: ['franchisee'] },
    { kind: 'resolve_breached' as const, severity: 'critical' as const, roles: ['franchisee', 'regional_manager'] },
  ])('$kind of a $severity complaint goes to $roles', ({ kind, severity, roles }) => {
    expect(alertRoles(kind, severity)).toEqual(roles);
  });
});

describe(alertReaches.name, () => {
  it.each([
    { name: 'staff of the location', role: 'location_staff' as const, scope: { kind: 'location' as const, locationId: 'L1' }, reaches: true },
    { name: 'staff of another location', role: 'location_staff' as const, scope: { kind: 'location' as const, locationId: 'L2' }, reaches: false },
    { name: 'the owning franchisee', role: 'franchisee' as const, scope: { kind: 'franchisee' as const, franchiseeId: 'F1' }, reaches: true },
    { name: 'another franchisee', role: 'franchisee' as const, scope: { kind: 'franchisee' as const, franchiseeId: 'F2' }, reaches: false },
    { name: 'a regional manager not addressed', role: 'regional_manager' as const, scope: { kind: 'regions' as const, regionIds: ['R1'] }, reaches: false },
    { name: 'head office not addressed', role: 'admin' as const, scope: { kind: 'all' as const }, reaches: false },
  ])('$name: $reaches', ({ role, scope, reaches }) => {
    expect(alertReaches(alert(), role, scope)).toBe(reaches);
  });

  it('an escalation reaches the regional manager of the region only', () => {
    const escalation = alert({ kind: 'resolve_breached', severity: 'critical', roles: alertRoles('resolve_breached', 'critical') });
    expect(alertReaches(escalation, 'regional_manager', { kind: 'regions', regionIds: ['R1'] })).toBe(true);
    expect(alertReaches(escalation, 'regional_manager', { kind: 'regions', regionIds: ['R2'] })).toBe(false);
  });
});
