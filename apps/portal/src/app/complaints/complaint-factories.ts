import { ComplaintDetail, ComplaintSummary, SlaClockView } from '@franscore/domain';

// Typed factories for the feature's unit tests: a valid object, changed only where a test cares.

export function makeClock(overrides: Partial<SlaClockView> = {}): SlaClockView {
  return {
    targetMinutes: 60,
    elapsedMinutes: null,
    state: 'running',
    dueAt: '2026-03-10T12:00:00.000Z',
    ...overrides,
  };
}

export function makeSummary(overrides: Partial<ComplaintSummary> = {}): ComplaintSummary {
  return {
    id: '7d1f6a52-2f0e-4a8e-9a44-6b1c2b3d4e01',
    reference: 'C-7K3M9Q2X',
    locationId: '7d1f6a52-2f0e-4a8e-9a44-6b1c2b3d4e02',
    locationCode: 'MSK-001',
    locationName: 'Tverskaya',
    channel: 'qr_form',
    category: 'wait_time',
    severity: 'minor',
    status: 'open',
    receivedAt: '2026-03-10T11:00:00.000Z',
    acknowledge: makeClock(),
    resolve: makeClock({ targetMinutes: 2400, dueAt: '2026-03-14T11:00:00.000Z' }),
    disputed: 'none',
    ...overrides,
  };
}

export function makeDetail(overrides: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return {
    ...makeSummary(),
    description: 'Waited forty minutes for a coffee.',
    remedySought: null,
    contact: null,
    events: [],
    nextSteps: ['acknowledged', 'resolved'],
    rating: null,
    ...overrides,
  };
}
