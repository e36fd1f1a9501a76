import { badFaithFlags, contactKeys } from '@franscore/scoring';
import { DEMO_SERIAL_COMPLAINER, demoStoryLocations, generateComplaints } from './complaints';
import { generateNetwork, SMALL_DEMO_SIZE } from './network';

const now = new Date('2026-11-02T09:00:00Z');

describe(generateComplaints.name, () => {
  const net = generateNetwork(1);
  const complaints = generateComplaints(net, 1, { now, months: 4, perMonth: 5 });

  it('is deterministic for a seed', () => {
    expect(generateComplaints(net, 1, { now, months: 4, perMonth: 5 })).toEqual(complaints);
  });

  it('gives months of history with every kind of handling', () => {
    expect(complaints.length).toBeGreaterThan(120 * 4 * 3);
    expect(complaints.every((c) => c.receivedAt < now)).toBe(true);
    expect(complaints.every((c) => c.events.every((e, i) => e.at >= (i ? c.events[i - 1].at : c.receivedAt) && e.at < now))).toBe(true);
    const types = new Set(complaints.flatMap((c) => c.events.map((e) => e.type)));
    for (const t of ['acknowledged', 'resolved', 'followup_rating', 'dispute_filed', 'dispute_upheld', 'dispute_rejected', 'compensation_offered']) {
      expect(types).toContain(t);
    }
    expect(complaints.some((c) => c.severity === 'critical')).toBe(true);
    expect(complaints.some((c) => c.events.length === 0)).toBe(true);
  });

  it('makes unique references and idempotency keys', () => {
    expect(new Set(complaints.map((c) => c.reference)).size).toBe(complaints.length);
    expect(new Set(complaints.map((c) => c.idempotencyKey)).size).toBe(complaints.length);
  });

  it('has one customer the bad-faith rules flag: three locations within three weeks', () => {
    const serial = complaints.filter((c) => c.contact?.email === DEMO_SERIAL_COMPLAINER);
    expect(new Set(serial.map((c) => c.locationId)).size).toBe(3);
    const flags = badFaithFlags(complaints.map((c) => ({ complaintId: c.id, contactKeys: contactKeys(c.contact), locationId: c.locationId, receivedAtMs: c.receivedAt.getTime() })));
    for (const c of serial) expect(flags.get(c.id)?.rules).toContain('many_locations');
  });
});

describe(demoStoryLocations.name, () => {
  it("picks two locations of rm@'s region that franchisee@ does not own, in both demo sizes", () => {
    for (const net of [generateNetwork(1), generateNetwork(1, SMALL_DEMO_SIZE)]) {
      const rm = net.users.find((u) => u.email === 'rm@franscore.demo');
      const { slipping, recovering } = demoStoryLocations(net);
      for (const l of [slipping, recovering]) {
        expect(rm?.regionIds).toContain(l?.regionId);
        expect(l?.franchiseeId).not.toBe(net.franchisees[0].id);
      }
      expect(slipping?.id).not.toBe(recovering?.id);
    }
  });

  it('has the slipping location fail only from the last closed month and the recovering one only in the first', () => {
    const net = generateNetwork(1);
    const history = generateComplaints(net, 1, { now, months: 4, perMonth: 7 });
    const { slipping, recovering } = demoStoryLocations(net);
    // The customers' ratings follow the handling: a failing month rates low, a good one high.
    const meanRating = (locationId: string | undefined, months: string[]) => {
      const ratings = history
        .filter((c) => c.locationId === locationId && months.includes(c.receivedAt.toISOString().slice(0, 7)))
        .flatMap((c) => c.events.filter((e) => e.type === 'followup_rating').map((e) => Number(e.data['rating'])));
      return ratings.reduce((a, b) => a + b, 0) / ratings.length;
    };
    // now is in 2026-11: 2026-08 is the first scored month, 2026-10 the last closed one.
    expect(meanRating(slipping?.id, ['2026-10'])).toBeLessThan(3);
    expect(meanRating(slipping?.id, ['2026-08', '2026-09'])).toBeGreaterThan(3.5);
    expect(meanRating(recovering?.id, ['2026-07', '2026-08'])).toBeLessThan(3);
    expect(meanRating(recovering?.id, ['2026-09', '2026-10'])).toBeGreaterThan(3.5);
    // Enough complaints every month for each month's card to be enforced (the policy's minimum is 5).
    for (const l of [slipping, recovering]) {
      for (const month of ['2026-08', '2026-09', '2026-10']) {
        expect(history.filter((c) => c.locationId === l?.id && c.receivedAt.toISOString().startsWith(month)).length).toBeGreaterThanOrEqual(6);
      }
    }
  });
});

describe('demoCaseCriteria', () => {
  it('reads a well handled case as full marks and a neglected one as zeros', async () => {
    const { demoCaseCriteria } = await import('./complaints');
    const types = (...t: string[]) => t.map((type) => ({ type: type as never }));
    expect(demoCaseCriteria(types('acknowledged', 'apologized', 'action_taken', 'compensation_offered', 'resolved', 'followup_rating'))).toEqual({
      listen: 2, acknowledge: 2, takeAction: 2, thank: 2, explain: 2, sincereApology: 2, proportionateCompensation: 2,
    });
    expect(demoCaseCriteria([])).toEqual({ listen: 0, acknowledge: 0, takeAction: 0, thank: 1, explain: 0, sincereApology: 0, proportionateCompensation: null });
  });
});
