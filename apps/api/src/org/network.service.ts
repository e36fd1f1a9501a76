import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  CreateFranchisee,
  CreateLocation,
  CreateRegion,
  Franchisee,
  ImportResult,
  Location,
  LocationQuery,
  Page,
  Region,
  UpdateFranchisee,
  UpdateLocation,
  UpdateRegion,
} from '@franscore/domain';
import { AuditLogService, Actor } from '../audit-log/audit-log.service';
import { Scope } from '../auth/scope';
import { NetworkRepository } from './network.repository';
import { orgErrors } from './org.errors';
import { existingCodeErrors, parseLocationCsv } from './location-import';
import { RegionEntity } from './entities/region.entity';
import { FranchiseeEntity } from './entities/franchisee.entity';
import { LocationEntity } from './entities/location.entity';

const ALL: Scope = { kind: 'all' };


@Injectable()
export class NetworkService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: NetworkRepository,
    private readonly audit: AuditLogService,
  ) {}

  listRegions(scope: Scope, page: number, pageSize: number): Promise<Page<Region>> {
    return this.repo.listRegions(this.ds.manager, scope, page, pageSize);
  }

  async region(scope: Scope, id: string): Promise<Region> {
    return (await this.repo.region(this.ds.manager, scope, id)) ?? Promise.reject(orgErrors.regionNotFound());
  }

  createRegion(actor: Actor, input: CreateRegion): Promise<Region> {
    return this.write(async (m) => {
      const saved = await m.save(RegionEntity, m.create(RegionEntity, input));
      const after = { id: saved.id, code: saved.code, name: saved.name };
      await this.audit.append(m, actor, { action: 'region.created', entityType: 'region', entityId: saved.id, after });
      return after;
    });
  }

  updateRegion(actor: Actor, id: string, input: UpdateRegion): Promise<Region> {
    return this.write(async (m) => {
      const before = await this.repo.region(m, ALL, id);
      if (!before) throw orgErrors.regionNotFound();
      await m.update(RegionEntity, id, { ...input, updatedAt: new Date() });
      const after = { ...before, ...input };
      await this.audit.append(m, actor, { action: 'region.updated', entityType: 'region', entityId: id, before, after });
      return after;
    });
  }

  listFranchisees(scope: Scope, page: number, pageSize: number): Promise<Page<Franchisee>> {
    return this.repo.listFranchisees(this.ds.manager, scope, page, pageSize);
  }

  async franchisee(scope: Scope, id: string): Promise<Franchisee> {
    return (await this.repo.franchisee(this.ds.manager, scope, id)) ?? Promise.reject(orgErrors.franchiseeNotFound());
  }

  createFranchisee(actor: Actor, input: CreateFranchisee): Promise<Franchisee> {
    return this.write(async (m) => {
      const saved = await m.save(FranchiseeEntity, m.create(FranchiseeEntity, input));
      const after = await this.repo.franchisee(m, ALL, saved.id);
      await this.audit.append(m, actor, { action: 'franchisee.created', entityType: 'franchisee', entityId: saved.id, after });
      return after as Franchisee;
    });
  }

  updateFranchisee(actor: Actor, id: string, input: UpdateFranchisee): Promise<Franchisee> {
    return this.write(async (m) => {
      const before = await this.repo.franchisee(m, ALL, id);
      if (!before) throw orgErrors.franchiseeNotFound();
      await m.update(FranchiseeEntity, id, { ...input, updatedAt: new Date() });
      const after = (await this.repo.franchisee(m, ALL, id)) as Franchisee;
      await this.audit.append(m, actor, { action: 'franchisee.updated', entityType: 'franchisee', entityId: id, before, after });
      return after;
    });
  }

  listLocations(scope: Scope, q: LocationQuery): Promise<Page<Location>> {
    return this.repo.listLocations(this.ds.manager, scope, q);
  }

  async location(scope: Scope, id: string): Promise<Location> {
    return (await this.repo.location(this.ds.manager, scope, id)) ?? Promise.reject(orgErrors.locationNotFound());
  }

  createLocation(actor: Actor, input: CreateLocation): Promise<Location> {
    return this.write(async (m) => {
      const saved = await m.save(LocationEntity, m.create(LocationEntity, input));
      const after = (await this.repo.location(m, ALL, saved.id)) as Location;
      await this.audit.append(m, actor, { action: 'location.created', entityType: 'location', entityId: saved.id, after });
      return after;
    });
  }

  updateLocation(actor: Actor, id: string, input: UpdateLocation): Promise<Location> {
    return this.write(async (m) => {
      const before = await this.repo.location(m, ALL, id);
      if (!before) throw orgErrors.locationNotFound();
      await m.update(LocationEntity, id, { ...input, updatedAt: new Date() });
      const after = (await this.repo.location(m, ALL, id)) as Location;
      await this.audit.append(m, actor, { action: 'location.updated', entityType: 'location', entityId: id, before, after });
      return after;
    });
  }

  /** All rows or none: every problem is reported by line and column, and nothing is written. */
  importLocations(actor: Actor, csv: string): Promise<ImportResult> {
    return this.write(async (m) => {
      const regionIdByCode = await this.repo.regionIdsByCode(m);
      const franchiseeIdsByName = await this.repo.franchiseeIdsByName(m);
      const { rows, errors } = parseLocationCsv(csv, { regionIdByCode, franchiseeIdsByName });
      const existing = await this.repo.existingCodes(m, rows.map((r) => r.location.code));
      errors.push(...existingCodeErrors(rows, existing));
      if (errors.length) {
        errors.sort((a, b) => a.line - b.line);
        throw orgErrors.importRejected(errors.map(({ field, message }) => ({ field, message })));
      }
      const ids = await m.insert(LocationEntity, rows.map((r) => m.create(LocationEntity, r.location)));
      await this.audit.append(m, actor, {
        action: 'location.imported',
        entityType: 'location',
        entityId: 'import',
        after: { count: rows.length, codes: rows.map((r) => r.location.code), ids: ids.identifiers.map((i) => i['id']) },
      });
      return { imported: rows.length };
    });
  }

  private write<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }
}
