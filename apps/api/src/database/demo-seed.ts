import { DataSource, EntityManager } from 'typeorm';
import { DEMO_PASSWORD, DEMO_SIZE, generateNetwork, NetworkSize, SeedNetwork } from '@franscore/seed';
import { AuditLogService, SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { hashPassword } from '../auth/password';
import { insertChunks } from './bulk-insert';


/** Writes a generated network in one transaction (all of it or none), in multi-row inserts. */
export async function seedNetwork(ds: DataSource, audit: AuditLogService, net: SeedNetwork): Promise<void> {
  // Demo users share one password, so one argon2 hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ds.transaction(async (m) => {
    await insertChunks(m, net.regions, (p) => `INSERT INTO region (id, code, name) VALUES ${p}`, (r) => [r.id, r.code, r.name]);
    await insertChunks(
      m,
      net.franchisees,
      (p) => `INSERT INTO franchisee (id, legal_name, contact_email, contact_phone) VALUES ${p}`,
      (f) => [f.id, f.legalName, f.contactEmail, f.contactPhone],
    );
    await insertChunks(
      m,
      net.locations,
      (p) => `INSERT INTO location (id, code, name, address, region_id, franchisee_id, time_zone, business_hours, status, growth_eligible) VALUES ${p}`,
      (l) => [l.id, l.code, l.name, l.address, l.regionId, l.franchiseeId, l.timeZone, JSON.stringify(l.businessHours), l.status, l.growthEligible],
    );
    await insertChunks(
      m,
      net.users,
      (p) => `INSERT INTO app_user (id, email, display_name, password_hash, role, franchisee_id, location_id) VALUES ${p}`,
      (u) => [u.id, u.email, u.displayName, passwordHash, u.role, u.franchiseeId, u.locationId],
    );
    const memberships = net.users.flatMap((u) => u.regionIds.map((regionId) => ({ userId: u.id, regionId })));
    await insertChunks(m, memberships, (p) => `INSERT INTO user_region (user_id, region_id) VALUES ${p}`, (r) => [r.userId, r.regionId]);
    await audit.append(m, SYSTEM_ACTOR, {
      action: 'network.seeded',
      entityType: 'network',
      entityId: 'demo',
      after: { regions: net.regions.length, franchisees: net.franchisees.length, locations: net.locations.length, users: net.users.length },
    });
  });
}

export async function seedDemo(ds: DataSource, audit: AuditLogService, seed = 1, size: NetworkSize = DEMO_SIZE): Promise<SeedNetwork> {
  const net = generateNetwork(seed, size);
  await seedNetwork(ds, audit, net);
  return net;
}
