import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Franchisee, Location, LocationQuery, Page, Region } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';
import { pageOf } from '../database/paged-query';

interface LocationRow {
  id: string;
  code: string;
  name: string;
  address: string;
  region_id: string;
  region_name: string;
  franchisee_id: string;
  franchisee_name: string;
  time_zone: string;
  business_hours: Location['businessHours'];
  status: Location['status'];
  growth_eligible: boolean;
}

const toLocation = (r: LocationRow): Location => ({
  id: r.id,
  code: r.code,
  name: r.name,
  address: r.address,
  regionId: r.region_id,
  regionName: r.region_name,
  franchiseeId: r.franchisee_id,
  franchiseeName: r.franchisee_name,
  timeZone: r.time_zone,
  businessHours: r.business_hours,
  status: r.status,
  growthEligible: r.growth_eligible,
});

const LOCATION_SELECT = `
  SELECT l.id, l.code, l.name, l.address, l.region_id, r.name AS region_name, l.franchisee_id,
         f.legal_name AS franchisee_name, l.time_zone, l.business_hours, l.status, l.growth_eligible
  FROM location l JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id`;

const LOCATION_SORT: Record<LocationQuery['sort'], string> = {
  code: 'l.code',
  name: 'l.name, l.code',
  status: 'l.status, l.code',
  region: 'r.name, l.code',
};

/** Head office sees every row; others see the regions or franchisees of the locations in their scope. */
function visibleThroughLocations(scope: Scope, idExpr: string, column: 'region_id' | 'franchisee_id', params: unknown[]): string {
  if (scope.kind === 'all') return 'TRUE';
  return `${idExpr} IN (SELECT l.${column} FROM location l WHERE ${scopeCondition(scope, 'l', params)})`;
}

const FRANCHISEE_SELECT = `SELECT f.id, f.legal_name AS "legalName", f.contact_email AS "contactEmail", f.contact_phone AS "contactPhone"
  FROM franchisee f`;

/** Regions, franchisees and locations, always read through the caller's scope. */
@Injectable()
export class NetworkRepository {
  async listLocations(m: EntityManager, scope: Scope, q: LocationQuery): Promise<Page<Location>> {
    const params: unknown[] = [];
    const where = [scopeCondition(scope, 'l', params)];
    if (q.search) {
      const p = params.push(`%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(l.code ILIKE $${p} OR l.name ILIKE $${p} OR l.address ILIKE $${p})`);
    }
    if (q.regionId) where.push(`l.region_id = $${params.push(q.regionId)}`);
    if (q.franchiseeId) where.push(`l.franchisee_id = $${params.push(q.franchiseeId)}`);
    if (q.status) where.push(`l.status = $${params.push(q.status)}`);
    const { rows, total } = await pageOf<LocationRow>(m, {
      select: LOCATION_SELECT,
      from: 'FROM location l JOIN region r ON r.id = l.region_id',
      where: where.join(' AND '),
      params,
      orderBy: LOCATION_SORT[q.sort],
      page: q.page,
      pageSize: q.pageSize,
    });
    return { items: rows.map(toLocation), total, page: q.page, pageSize: q.pageSize };
  }

  async location(m: EntityManager, scope: Scope, id: string): Promise<Location | null> {
    const params: unknown[] = [id];
    const rows: LocationRow[] = await m.query(
      `${LOCATION_SELECT} WHERE l.id = $1 AND ${scopeCondition(scope, 'l', params)}`,
      params,
    );
    return rows[0] ? toLocation(rows[0]) : null;
  }

  async locationIdByCode(m: EntityManager, code: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await m.query(`SELECT id FROM location WHERE code = $1`, [code]);
    return rows[0]?.id ?? null;
  }

  async listRegions(m: EntityManager, scope: Scope, page: number, pageSize: number): Promise<Page<Region>> {
    const params: unknown[] = [];
    const where = visibleThroughLocations(scope, 'r.id', 'region_id', params);
    const { rows, total } = await pageOf<Region>(m, { select: 'SELECT r.id, r.code, r.name FROM region r', from: 'FROM region r', where, params, orderBy: 'r.code', page, pageSize });
    return { items: rows, total, page, pageSize };
  }

  async region(m: EntityManager, scope: Scope, id: string): Promise<Region | null> {
    const params: unknown[] = [id];
    const cond = visibleThroughLocations(scope, 'r.id', 'region_id', params);
    const rows: Region[] = await m.query(`SELECT r.id, r.code, r.name FROM region r WHERE r.id = $1 AND ${cond}`, params);
    return rows[0] ?? null;
  }

  async listFranchisees(m: EntityManager, scope: Scope, page: number, pageSize: number): Promise<Page<Franchisee>> {
    const params: unknown[] = [];
    const where = visibleThroughLocations(scope, 'f.id', 'franchisee_id', params);
    const { rows, total } = await pageOf<Franchisee>(m, { select: FRANCHISEE_SELECT, from: 'FROM franchisee f', where, params, orderBy: 'f.legal_name, f.id', page, pageSize });
    return { items: rows, total, page, pageSize };
  }

  async franchisee(m: EntityManager, scope: Scope, id: string): Promise<Franchisee | null> {
    const params: unknown[] = [id];
    const cond = visibleThroughLocations(scope, 'f.id', 'franchisee_id', params);
    const rows: Franchisee[] = await m.query(
      `${FRANCHISEE_SELECT} WHERE f.id = $1 AND ${cond}`,
      params,
    );
    return rows[0] ?? null;
  }

  async regionIdsByCode(m: EntityManager): Promise<Map<string, string>> {
    const rows: Array<{ id: string; code: string }> = await m.query(`SELECT id, code FROM region`);
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  async franchiseeIdsByName(m: EntityManager): Promise<Map<string, string[]>> {
    const rows: Array<{ id: string; legal_name: string }> = await m.query(`SELECT id, legal_name FROM franchisee`);
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.legal_name, [...(map.get(r.legal_name) ?? []), r.id]);
    return map;
  }

  async existingCodes(m: EntityManager, codes: string[]): Promise<Set<string>> {
    const rows: Array<{ code: string }> = await m.query(`SELECT code FROM location WHERE code = ANY($1::text[])`, [codes]);
    return new Set(rows.map((r) => r.code));
  }
}
