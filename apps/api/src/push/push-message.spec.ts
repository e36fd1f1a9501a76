import type { Alert } from '@franscore/domain';
import { LOUD_VIBRATION, pushDeliveryFor, QUIET_VIBRATION, subscriptionGone } from './push-message';

const alert = (over: Partial<Alert> = {}): Alert => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'complaint_received',
  complaintId: '00000000-0000-4000-8000-000000000002',
  reference: 'C-1',
  locationId: '00000000-0000-4000-8000-000000000003',
  locationCode: 'MSK-001',
  regionId: '00000000-0000-4000-8000-000000000004',
  franchiseeId: '00000000-0000-4000-8000-000000000005',
  severity: 'minor',
  at: '2026-11-02T09:00:00.000Z',
  roles: ['location_staff', 'franchisee'],
  ...over,
});

describe(pushDeliveryFor.name, () => {
  it.each([
    { severity: 'minor' as const, urgency: 'normal', loud: false, vibrate: QUIET_VIBRATION, tag: 'complaint-C-1-complaint_received' },
    { severity: 'major' as const, urgency: 'normal', loud: false, vibrate: QUIET_VIBRATION, tag: 'complaint-C-1-complaint_received' },
    { severity: 'critical' as const, urgency: 'high', loud: true, vibrate: LOUD_VIBRATION, tag: 'critical-C-1-complaint_received' },
  ])('a $severity complaint: urgency $urgency, loud $loud', ({ severity, urgency, loud, vibrate, tag }) => {
    const d = pushDeliveryFor(alert({ severity }));
    expect(d.urgency).toBe(urgency);
    expect(d.message).toMatchObject({ critical: loud, requireInteraction: loud, vibrate, tag, url: '/complaints/00000000-0000-4000-8000-000000000002' });
    expect(d.message.title).toBe(`${loud ? 'CRITICAL: ' : ''}New complaint · MSK-001`);
  });

  it('names the breach in the title of a breach alert', () => {
    expect(pushDeliveryFor(alert({ kind: 'resolve_breached', severity: 'critical' })).message.title).toBe('CRITICAL: Not resolved in time · MSK-001');
  });
});

describe(subscriptionGone.name, () => {
  it.each([
    [201, false],
    [404, true],
    [410, true],
    [429, false],
    [500, false],
  ])('%i: gone %s', (status, gone) => expect(subscriptionGone(status)).toBe(gone));
});
