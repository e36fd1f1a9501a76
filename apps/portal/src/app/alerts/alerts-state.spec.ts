import { Alert } from '@franscore/domain';
import { AlertsState, INITIAL_ALERTS_STATE, isNewAlert, reduceAlerts } from './alerts-state';

let n = 0;
function makeAlert(overrides: Partial<Alert> = {}): Alert {
  n += 1;
  return {
    id: `5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c${String(n).padStart(2, '0')}`,
    kind: 'complaint_received',
    complaintId: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1d00',
    reference: `C-REF${n}`,
    locationId: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1e00',
    locationCode: 'MSK-001',
    regionId: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1f00',
    franchiseeId: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b2000',
    severity: 'major',
    at: '2026-03-10T10:00:00.000Z',
    roles: ['location_staff', 'franchisee'],
    ...overrides,
  };
}

describe(reduceAlerts.name, () => {
  const old = makeAlert({ at: '2026-03-10T09:00:00.000Z' });
  const live = makeAlert({ at: '2026-03-10T11:00:00.000Z' });
  const loaded: AlertsState = { items: [old], unread: 1, loaded: true };

  it('takes the list and the unread count from the server', () => {
    expect(
      reduceAlerts(INITIAL_ALERTS_STATE, { type: 'loaded', list: { items: [old], unread: 1 } }),
    ).toEqual(loaded);
  });

  it('puts a live alert first and counts it', () => {
    expect(reduceAlerts(loaded, { type: 'received', alert: live })).toEqual({
      items: [live, old],
      unread: 2,
      loaded: true,
    });
  });

  it('counts an alert the stream repeats only once', () => {
    const once = reduceAlerts(loaded, { type: 'received', alert: live });
    expect(reduceAlerts(once, { type: 'received', alert: live })).toBe(once);
  });

  it('keeps a live alert that overtook a list request still on its way', () => {
    const received = reduceAlerts(loaded, { type: 'received', alert: live });
    expect(reduceAlerts(received, { type: 'loaded', list: { items: [old], unread: 1 } })).toEqual({
      items: [live, old],
      unread: 2,
      loaded: true,
    });
  });

  it('trusts a list that already holds the live alert', () => {
    const received = reduceAlerts(loaded, { type: 'received', alert: live });
    expect(
      reduceAlerts(received, { type: 'loaded', list: { items: [live, old], unread: 2 } }),
    ).toEqual({
      items: [live, old],
      unread: 2,
      loaded: true,
    });
  });

  it('marks everything read but keeps the list', () => {
    expect(reduceAlerts(loaded, { type: 'allRead' })).toEqual({ ...loaded, unread: 0 });
  });

  it('knows which alerts are new', () => {
    expect(isNewAlert(loaded, old)).toBe(false);
    expect(isNewAlert(loaded, live)).toBe(true);
  });
});
