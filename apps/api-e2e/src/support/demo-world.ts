import type { Location, Page, Region, Role, User } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { RunningServer } from './server';

export const DEMO_EMAIL: Record<Role, string> = {
  admin: 'admin@franscore.demo',
  auditor: 'auditor@franscore.demo',
  regional_manager: 'rm@franscore.demo',
  franchisee: 'franchisee@franscore.demo',
  location_staff: 'staff@franscore.demo',
};
export const ROLES: Role[] = ['admin', 'auditor', 'regional_manager', 'franchisee', 'location_staff'];

export interface DemoWorld {
  clients: Record<Role, ApiClient>;
  users: Record<Role, User>;
  locations: Location[];
  regions: Region[];
  /** For each role, a location it may see and one it may not (null when it sees everything). */
  own: Record<Role, Location>;
  other: Record<Role, Location | null>;
  ownRegion: Record<Role, Region>;
  otherRegion: Record<Role, Region | null>;
}

/** Signs in as every demo role and works out, from the admin's view, what each one should see. */
export async function demoWorld(server: RunningServer): Promise<DemoWorld> {
  const clients = {} as Record<Role, ApiClient>;
  for (const role of ROLES) {
    clients[role] = new ApiClient(() => server.baseUrl);
    const res = await clients[role].login(DEMO_EMAIL[role]);
    if (res.status !== 200) throw new Error(`login ${role}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const admin = clients.admin;
  const locations = (await admin.get<Page<Location>>('/api/locations?pageSize=200')).body.items;
  const regions = (await admin.get<Page<Region>>('/api/regions?pageSize=200')).body.items;
  const allUsers = (await admin.get<Page<User>>('/api/users?pageSize=200')).body.items;
  const users = Object.fromEntries(ROLES.map((r) => [r, allUsers.find((u) => u.email === DEMO_EMAIL[r]) as User])) as Record<Role, User>;

  const visible = (role: Role) => (l: Location) => sees(users[role], l);
  const own = {} as Record<Role, Location>;
  const other = {} as Record<Role, Location | null>;
  const ownRegion = {} as Record<Role, Region>;
  const otherRegion = {} as Record<Role, Region | null>;
  for (const role of ROLES) {
    own[role] = locations.find(visible(role)) as Location;
    other[role] = locations.find((l) => !visible(role)(l)) ?? null;
    const seenRegions = new Set(locations.filter(visible(role)).map((l) => l.regionId));
    ownRegion[role] = regions.find((r) => seenRegions.has(r.id)) as Region;
    otherRegion[role] = regions.find((r) => !seenRegions.has(r.id)) ?? null;
  }
  return { clients, users, locations, regions, own, other, ownRegion, otherRegion };
}

/** DOMAIN.md's scope rule, from the test's side: whether a user may see a location. */
export function sees(u: User, l: Pick<Location, 'id' | 'regionId' | 'franchiseeId'>): boolean {
  switch (u.role) {
    case 'admin':
    case 'auditor':
      return true;
    case 'regional_manager':
      return u.regionIds.includes(l.regionId);
    case 'franchisee':
      return l.franchiseeId === u.franchiseeId;
    case 'location_staff':
      return l.id === u.locationId;
  }
}

export function visibleCount(world: DemoWorld, role: Role): number {
  const u = world.users[role];
  switch (role) {
    case 'admin':
    case 'auditor':
      return world.locations.length;
    case 'regional_manager':
      return world.locations.filter((l) => u.regionIds.includes(l.regionId)).length;
    case 'franchisee':
      return world.locations.filter((l) => l.franchiseeId === u.franchiseeId).length;
    case 'location_staff':
      return 1;
  }
}
