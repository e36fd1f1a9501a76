import { AlertStreamEvent, EventSourceLike, alertStream } from './alert-stream';

class FakeEventSource implements EventSourceLike {
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.closed = true;
  }
  emit(type: string, data: string): void {
    this.listeners.get(type)?.({ data } as MessageEvent<string>);
  }
  opened(): void {
    this.onopen?.({} as Event);
  }
  failed(): void {
    this.onerror?.({} as Event);
  }
}

const ALERT = {
  id: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c01',
  kind: 'complaint_received',
  complaintId: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1d00',
  reference: 'C-7K3M9Q2X',
  locationId: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1e00',
  locationCode: 'MSK-001',
  regionId: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1f00',
  franchiseeId: '5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b2000',
  severity: 'critical',
  at: '2026-03-10T10:00:00.000Z',
  roles: ['location_staff', 'franchisee'],
};

describe(alertStream.name, () => {
  let sources: FakeEventSource[];
  let events: AlertStreamEvent[];
  const open = (url: string) => {
    const source = new FakeEventSource(url);
    sources.push(source);
    return source;
  };

  beforeEach(() => {
    jest.useFakeTimers();
    sources = [];
    events = [];
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('passes alerts on and skips what is not an alert', () => {
    const sut = alertStream('/api/alerts/stream', open).subscribe((e) => events.push(e));
    sources[0].opened();
    sources[0].emit('alert', JSON.stringify(ALERT));
    sources[0].emit('alert', '{"not":"an alert"}');
    sources[0].emit('alert', 'not json');
    sut.unsubscribe();

    expect(sources[0].url).toBe('/api/alerts/stream');
    expect(events).toEqual([
      { type: 'status', status: 'connecting' },
      { type: 'status', status: 'open' },
      { type: 'alert', alert: ALERT },
    ]);
  });

  it('reconnects after an error, waiting longer each time until a connection opens', () => {
    const sut = alertStream('/s', open, [100, 500]).subscribe((e) => events.push(e));
    sources[0].failed();
    expect(sources[0].closed).toBe(true);
    jest.advanceTimersByTime(99);
    expect(sources).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);

    sources[1].failed();
    jest.advanceTimersByTime(499);
    expect(sources).toHaveLength(2);
    jest.advanceTimersByTime(1);
    expect(sources).toHaveLength(3);

    // The last delay repeats; an open connection starts the count again.
    sources[2].failed();
    jest.advanceTimersByTime(500);
    sources[3].opened();
    sources[3].failed();
    jest.advanceTimersByTime(100);
    expect(sources).toHaveLength(5);
    sut.unsubscribe();

    expect(
      events.filter((e) => e.type === 'status').map((e) => e.type === 'status' && e.status),
    ).toEqual([
      'connecting',
      'retrying',
      'connecting',
      'retrying',
      'connecting',
      'retrying',
      'connecting',
      'open',
      'retrying',
      'connecting',
    ]);
  });

  it('closes the connection and stops retrying when unsubscribed', () => {
    const sut = alertStream('/s', open, [100]).subscribe((e) => events.push(e));
    sources[0].failed();
    sut.unsubscribe();
    jest.advanceTimersByTime(1_000);
    expect(sources).toHaveLength(1);

    const again = alertStream('/s', open).subscribe();
    again.unsubscribe();
    expect(sources[1].closed).toBe(true);
  });
});
