import { generateNetwork, DEMO_SIZE } from './network';
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

  it('scales to a large network', () => {
    const net = generateNetwork(3, { regions: 40, franchisees: 2000, locations: 50_000 });
    expect(net.locations).toHaveLength(50_000);
    expect(new Set(net.locations.map((l) => l.code)).size).toBe(50_000);
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
