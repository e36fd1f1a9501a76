import { monthlyClose } from './demo-scoring';

const iso = (c: ReturnType<typeof monthlyClose>) => Object.values(c).map((d) => d.toISOString());

describe(monthlyClose.name, () => {
  it('closes a month on the first working day after it, audits before cards, cards before the rules read them', () => {
    // 2026-08-01 is a Saturday: the close is on Monday the 3rd.
    expect(iso(monthlyClose('2026-07', new Date('2026-11-02T09:00:00Z')))).toEqual([
      '2026-08-03T10:00:00.000Z',
      '2026-08-03T12:00:00.000Z',
      '2026-08-03T14:00:00.000Z',
      '2026-08-03T14:01:00.000Z',
    ]);
    expect(monthlyClose('2026-09', new Date('2026-11-02T09:00:00Z')).audits.toISOString()).toBe('2026-10-01T10:00:00.000Z');
  });

  it('squeezes the close, in order, before a seed that runs on that very day', () => {
    const now = new Date('2026-12-01T07:30:00Z');
    const steps = Object.values(monthlyClose('2026-11', now)).map((d) => d.getTime());
    expect(steps[0]).toBeGreaterThan(Date.parse('2026-12-01T00:00:00Z'));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps).size).toBe(4);
    expect(steps[3]).toBeLessThanOrEqual(now.getTime() - 30 * 60_000);
  });
});
