import { BusinessHours, LocationStatus, Role } from '@franscore/domain';
import { SeededRandom } from '@franscore/scoring';

export interface SeedRegion {
  id: string;
  code: string;
  name: string;
  timeZone: string;
  cities: readonly string[];
}
export interface SeedFranchisee {
  id: string;
  legalName: string;
  contactEmail: string;
  contactPhone: string;
}
export interface SeedLocation {
  id: string;
  code: string;
  name: string;
  address: string;
  regionId: string;
  franchiseeId: string;
  timeZone: string;
  businessHours: BusinessHours;
  status: LocationStatus;
  growthEligible: boolean;
}
export interface SeedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  regionIds: string[];
  franchiseeId: string | null;
  locationId: string | null;
}
export interface SeedNetwork {
  regions: SeedRegion[];
  franchisees: SeedFranchisee[];
  locations: SeedLocation[];
  users: SeedUser[];
}
export interface NetworkSize {
  regions: number;
  franchisees: number;
  locations: number;
}

export const DEMO_SIZE: NetworkSize = { regions: 6, franchisees: 30, locations: 120 };
/**
 * The least network that still has every demo user and every scope boundary the
 * HTTP tests cross: a region rm@ does not manage, franchisees who are not
 * franchisee@ or franchisee2@, and locations staff@ does not work at.
 */
export const SMALL_DEMO_SIZE: NetworkSize = { regions: 2, franchisees: 4, locations: 8 };
export const DEMO_PASSWORD = 'franscore-demo';

const REGION_TEMPLATES = [
  { code: 'MSK', name: 'Moscow', timeZone: 'Europe/Moscow', cities: ['Moscow', 'Khimki', 'Podolsk'] },
  { code: 'NW', name: 'North-West', timeZone: 'Europe/Moscow', cities: ['Saint Petersburg', 'Pskov', 'Novgorod'] },
  { code: 'URL', name: 'Urals', timeZone: 'Asia/Yekaterinburg', cities: ['Yekaterinburg', 'Chelyabinsk', 'Perm'] },
  { code: 'SIB', name: 'Siberia', timeZone: 'Asia/Novosibirsk', cities: ['Novosibirsk', 'Tomsk', 'Barnaul'] },
  { code: 'UK', name: 'United Kingdom', timeZone: 'Europe/London', cities: ['London', 'Manchester', 'Leeds'] },
  { code: 'DE', name: 'Germany', timeZone: 'Europe/Berlin', cities: ['Berlin', 'Hamburg', 'Leipzig'] },
  { code: 'US-E', name: 'US East', timeZone: 'America/New_York', cities: ['New York', 'Boston', 'Philadelphia'] },
] as const;

const STREETS = ['Central', 'Station', 'Market', 'Park', 'River', 'Garden', 'Bridge', 'Harbour', 'Mill', 'Victory'];
const SITES = ['Mall', 'Plaza', 'Corner', 'Square', 'Station', 'Drive-thru', 'Terminal', 'Arcade'];
const FAMILY = ['Ivanov', 'Smith', 'Petrova', 'Müller', 'Kuznetsov', 'Brown', 'Sokolova', 'Schmidt', 'Novak', 'Walker'];
const FORMS = ['LLC', 'Ltd', 'GmbH', 'Foods', 'Group', 'Partners'];

const span = (open: string, close: string) => ({ open, close });
const HOURS: BusinessHours[] = [
  // Mall: every day 10-22.
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, span('10:00', '22:00')])),
  // High street: early weekdays, late weekends, closed Sunday.
  { mon: span('07:00', '21:00'), tue: span('07:00', '21:00'), wed: span('07:00', '21:00'), thu: span('07:00', '21:00'), fri: span('07:00', '23:00'), sat: span('09:00', '23:00'), sun: null },
  // Night spot: runs past midnight.
  { mon: null, tue: span('18:00', '02:00'), wed: span('18:00', '02:00'), thu: span('18:00', '02:00'), fri: span('18:00', '04:00'), sat: span('16:00', '04:00'), sun: span('16:00', '00:00') },
  // Round the clock.
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, span('00:00', '24:00')])),
];

/** A believable franchise network of any size; the same seed and size always give the same network. */
export function generateNetwork(seed: number, size: NetworkSize = DEMO_SIZE): SeedNetwork {
  const rnd = new SeededRandom(seed);
  const regions: SeedRegion[] = Array.from({ length: size.regions }, (_, i) => {
    const t = REGION_TEMPLATES[i % REGION_TEMPLATES.length];
    const round = Math.floor(i / REGION_TEMPLATES.length);
    return {
      id: rnd.uuid(),
      code: round ? `${t.code}${round + 1}` : t.code,
      name: round ? `${t.name} ${round + 1}` : t.name,
      timeZone: t.timeZone,
      cities: t.cities,
    };
  });
  const franchisees: SeedFranchisee[] = Array.from({ length: size.franchisees }, (_, i) => {
    const family = FAMILY[i % FAMILY.length];
    const legalName = `${family} ${FORMS[Math.floor(i / FAMILY.length) % FORMS.length]} ${i + 1}`;
    return {
      id: rnd.uuid(),
      legalName,
      contactEmail: `owner${i + 1}@${family.toLowerCase().replace(/[^a-z]/g, '')}.example`,
      contactPhone: `+1-555-${String(1000 + i).padStart(4, '0')}`,
    };
  });
  const perRegion = new Map<string, number>();
  // Two stores of one chain never share a name: a repeated name takes a number, drawn from no randomness so the rest of the network stays as it was.
  const named = new Map<string, number>();
  const uniqueName = (name: string) => {
    const seen = (named.get(name) ?? 0) + 1;
    named.set(name, seen);
    return seen === 1 ? name : `${name} ${seen}`;
  };
  // Each franchisee works in one home region, so a regional manager sees whole franchisees.
  const homeRegion = franchisees.map((_, i) => regions[i % regions.length]);
  const locations: SeedLocation[] = Array.from({ length: size.locations }, (_, i) => {
    const fIndex = i < franchisees.length ? i : rnd.int(0, franchisees.length - 1);
    const franchisee = franchisees[fIndex];
    const region = homeRegion[fIndex];
    const n = (perRegion.get(region.code) ?? 0) + 1;
    perRegion.set(region.code, n);
    const city = rnd.pick(region.cities);
    const street = rnd.pick(STREETS);
    return {
      id: rnd.uuid(),
      code: `${region.code}-${String(n).padStart(3, '0')}`,
      name: uniqueName(`${city} ${street} ${rnd.pick(SITES)}`),
      address: `${rnd.int(1, 180)} ${street} Street, ${city}`,
      regionId: region.id,
      franchiseeId: franchisee.id,
      timeZone: region.timeZone,
      businessHours: HOURS[rnd.int(0, 9) < 6 ? 0 : rnd.int(1, HOURS.length - 1)],
      status: 'active',
      growthEligible: true,
    };
  });
  return { regions, franchisees, locations, users: demoUsers(rnd, regions, franchisees, locations) };
}

function demoUsers(rnd: SeededRandom, regions: SeedRegion[], franchisees: SeedFranchisee[], locations: SeedLocation[]): SeedUser[] {
  const user = (email: string, displayName: string, role: Role, extra: Partial<SeedUser> = {}): SeedUser => ({
    id: rnd.uuid(),
    email,
    displayName,
    role,
    regionIds: [],
    franchiseeId: null,
    locationId: null,
    ...extra,
  });
  const firstLocationOf = (franchiseeId: string) => locations.find((l) => l.franchiseeId === franchiseeId);
  const users = [
    user('admin@franscore.demo', 'Alex Admin', 'admin'),
    user('auditor@franscore.demo', 'Ada Auditor', 'auditor'),
    user('rm@franscore.demo', `Regional manager, ${regions[0].name}`, 'regional_manager', { regionIds: [regions[0].id] }),
    user('franchisee@franscore.demo', franchisees[0].legalName, 'franchisee', { franchiseeId: franchisees[0].id }),
    user('franchisee2@franscore.demo', franchisees[1].legalName, 'franchisee', { franchiseeId: franchisees[1].id }),
  ];
  const staffLocation = firstLocationOf(franchisees[0].id);
  if (staffLocation) {
    users.push(user('staff@franscore.demo', `Staff, ${staffLocation.code}`, 'location_staff', { locationId: staffLocation.id }));
  }
  return users;
}

/** Daily orders per location from `from` to `to` (exclusive), as a point-of-sale feed would send them. */
export function generateOrderVolumes(net: SeedNetwork, seed: number, from: Date, to: Date): Array<{ locationId: string; day: string; orders: number }> {
  const rnd = new SeededRandom(seed ^ 0x0dde5);
  const out: Array<{ locationId: string; day: string; orders: number }> = [];
  for (const l of net.locations) {
    const base = rnd.int(150, 600);
    for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t < to.getTime(); t += 86_400_000) {
      out.push({ locationId: l.id, day: new Date(t).toISOString().slice(0, 10), orders: Math.round(base * (0.8 + rnd.next() * 0.4)) });
    }
  }
  return out;
}
