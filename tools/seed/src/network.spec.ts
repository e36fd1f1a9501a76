import { generateNetwork, DEMO_SIZE, SMALL_DEMO_SIZE } from './network';
import { CreateLocationSchema } from '@franscore/domain';

describe(generateNetwork.name, () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateNetwork(7)).toEqual(generateNetwork(7));
    expect(generateNetwork(7).locations[0].id).not.toBe(generateNetwork(8).locations[0].id);
  });

  it('builds the demo size with unique codes and valid locations', () => {
    const net = generateNetwork(1, DEMO_SIZE);
    expect(net.regions).toHaveLength(6);
    expect(net.franchisees).toHaveLength(30);
    expect(net.locations).toHaveLength(120);
    expect(new Set(net.locations.map((l) => l.code)).size).toBe(120);
    expect(new Set(net.locations.map((l) => l.name)).size).toBe(120);
    expect(new Set(net.locations.map((l) => l.timeZone)).size).toBeGreaterThanOrEqual(4);
    for (const l of net.locations) {
      const { id: _id, ...create } = l;
      expect(CreateLocationSchema.safeParse(create).success).toBe(true);
    }
  });

  it('gives every franchisee a location and one demo user per role', () => {
    const net = generateNetwork(1);
    const owners = new Set(net.locations.map((l) => l.franchiseeId));
    expect(net.franchisees.every((f) => owners.has(f.id))).toBe(true);
    expect(new Set(net.users.map((u) => u.role))).toEqual(
      new Set(['admin', 'auditor', 'regional_manager', 'franchisee', 'location_staff']),
    );
  });

  it('keeps every demo user and a scope boundary for each in the small network', () => {
    const net = generateNetwork(1, SMALL_DEMO_SIZE);
    const byEmail = (email: string) => net.users.find((u) => u.email === email);
    const [rm, owner, owner2, staff] = ['rm', 'franchisee', 'franchisee2', 'staff'].map((n) => byEmail(`${n}@franscore.demo`));
    expect(['admin', 'auditor'].map((n) => byEmail(`${n}@franscore.demo`)?.role)).toEqual(['admin', 'auditor']);
    expect(rm?.regionIds).toHaveLength(1);
    expect(owner?.franchiseeId).not.toBe(owner2?.franchiseeId);
    const staffLocation = net.locations.find((l) => l.id === staff?.locationId);
    expect(staffLocation?.franchiseeId).toBe(owner?.franchiseeId);
    // Each scoped role sees some locations and not others.
    const inRegion = net.locations.filter((l) => rm?.regionIds.includes(l.regionId)).length;
    const owned = net.locations.filter((l) => l.franchiseeId === owner?.franchiseeId).length;
    for (const seen of [inRegion, owned, 1]) expect(seen).toBeGreaterThan(0);
    for (const seen of [inRegion, owned, 1]) expect(seen).toBeLessThan(net.locations.length);
    // A franchisee in rm@'s region who is not franchisee@, for the demo's enforcement cases.
    expect(net.locations.some((l) => rm?.regionIds.includes(l.regionId) && l.franchiseeId !== owner?.franchiseeId)).toBe(true);
  });

  it('scales to a large network', () => {
    const net = generateNetwork(3, { regions: 40, franchisees: 2000, locations: 50_000 });
    expect(net.locations).toHaveLength(50_000);
    expect(new Set(net.locations.map((l) => l.code)).size).toBe(50_000);
    expect(new Set(net.locations.map((l) => l.name)).size).toBe(50_000);
  });
});

describe('generateOrderVolumes', () => {
  it('gives one figure per location and day, deterministically', async () => {
    const { generateOrderVolumes } = await import('./network');
    const net = generateNetwork(1);
    const from = new Date('2026-10-01T00:00:00Z');
    const to = new Date('2026-10-08T00:00:00Z');
    const v = generateOrderVolumes(net, 1, from, to);
    expect(v).toHaveLength(120 * 7);
    expect(new Set(v.map((x) => `${x.locationId}|${x.day}`)).size).toBe(v.length);
    expect(v.every((x) => x.orders >= 120 && x.orders <= 720)).toBe(true);
    expect(generateOrderVolumes(net, 1, from, to)).toEqual(v);
  });
});
