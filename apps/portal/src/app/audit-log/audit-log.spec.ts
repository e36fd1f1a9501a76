import { auditDiff } from './audit-diff';
import { DEFAULT_AUDIT_LOG_FILTERS, actionGroups, changeAuditLogFilters, toAuditLogParams } from './audit-log-filters';

describe(auditDiff.name, () => {
  it('lists the changed fields first, then the rest, with nested fields as paths', () => {
    const before = { name: 'Arbat', status: 'active', businessHours: { mon: { open: '09:00', close: '21:00' } }, regionIds: ['a'] };
    const after = { name: 'Arbat', status: 'closed', businessHours: { mon: { open: '08:00', close: '21:00' } }, regionIds: ['a', 'b'] };
    expect(auditDiff(before, after)).toEqual([
      { path: 'status', before: 'active', after: 'closed', changed: true },
      { path: 'businessHours.mon.open', before: '09:00', after: '08:00', changed: true },
      { path: 'regionIds', before: 'a', after: 'a, b', changed: true },
      { path: 'name', before: 'Arbat', after: 'Arbat', changed: false },
      { path: 'businessHours.mon.close', before: '21:00', after: '21:00', changed: false },
    ]);
  });

  it('shows a creation as new values only', () => {
    expect(auditDiff(null, { code: 'KZN', active: true })).toEqual([
      { path: 'code', before: null, after: 'KZN', changed: true },
      { path: 'active', before: null, after: 'true', changed: true },
    ]);
  });

  it('shows a removed field and a null value apart', () => {
    expect(auditDiff({ phone: '+7', email: null }, { email: 'a@b.c' })).toEqual([
      { path: 'phone', before: '+7', after: null, changed: true },
      { path: 'email', before: '—', after: 'a@b.c', changed: true },
    ]);
  });

  it('reads arrays of objects item by item', () => {
    expect(auditDiff(null, { lines: [{ code: 'A' }] })).toEqual([{ path: 'lines[0].code', before: null, after: 'A', changed: true }]);
  });

  it('has no rows for an entry without values', () => {
    expect(auditDiff(null, null)).toEqual([]);
  });
});

describe(toAuditLogParams.name, () => {
  it('sends only the filters set, trimmed, and whole days only', () => {
    expect(toAuditLogParams(DEFAULT_AUDIT_LOG_FILTERS)).toEqual({ page: '1', pageSize: '50' });
    expect(
      toAuditLogParams({ ...DEFAULT_AUDIT_LOG_FILTERS, actor: ' admin@ ', action: 'user.', entityType: 'user', from: '2026-11-01', to: '2026-11' }),
    ).toEqual({ page: '1', pageSize: '50', actor: 'admin@', action: 'user.', entityType: 'user', from: '2026-11-01' });
  });
});

describe(changeAuditLogFilters.name, () => {
  it('starts again at page 1', () => {
    expect(changeAuditLogFilters({ ...DEFAULT_AUDIT_LOG_FILTERS, page: 4 }, { actor: 'x' })).toMatchObject({ page: 1, actor: 'x' });
  });
  it('never leaves "to" before "from"', () => {
    expect(changeAuditLogFilters({ ...DEFAULT_AUDIT_LOG_FILTERS, to: '2026-11-01' }, { from: '2026-11-10' })).toMatchObject({
      from: '2026-11-10',
      to: '2026-11-10',
    });
  });
});

describe(actionGroups.name, () => {
  it('offers each context once', () => {
    expect(actionGroups(['user.created', 'user.updated', 'region.created', 'network.seeded', 'odd'])).toEqual(['network.', 'region.', 'user.']);
  });
});
