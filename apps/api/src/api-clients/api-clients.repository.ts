import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ApiClient, ApiClientKind, Channel } from '@franscore/domain';

export interface ApiClientRow {
  id: string;
  name: string;
  kind: ApiClientKind;
  channel: Channel | null;
  location_id: string | null;
  location_code: string | null;
  location_name: string | null;
  token_prefix: string;
  created_at: Date;
  created_by: string;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface NewApiClient {
  name: string;
  kind: ApiClientKind;
  channel: Channel | null;
  locationId: string | null;
  tokenHash: string;
  tokenPrefix: string;
  createdAt: Date;
  createdBy: string;
}

const SELECT = `
  SELECT a.id, a.name, a.kind, a.channel, a.location_id, l.code AS location_code, l.name AS location_name,
    a.token_prefix, a.created_at, a.created_by, a.revoked_at, a.last_used_at
  FROM api_client a LEFT JOIN location l ON l.id = a.location_id`;

export function apiClientOf(r: ApiClientRow): ApiClient {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    channel: r.channel as ApiClient['channel'],
    locationId: r.location_id,
    locationCode: r.location_code,
    locationName: r.location_name,
    tokenPrefix: r.token_prefix,
    createdAt: r.created_at.toISOString(),
    createdBy: r.created_by,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
  };
}

@Injectable()
export class ApiClientsRepository {
  /** Active clients first, then newest. */
  list(m: EntityManager): Promise<ApiClientRow[]> {
    return m.query(`${SELECT} ORDER BY a.revoked_at IS NOT NULL, a.created_at DESC, a.name`);
  }

  async byId(m: EntityManager, id: string, lock = false): Promise<ApiClientRow | null> {
    const rows: ApiClientRow[] = await m.query(`${SELECT} WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** The client holding this token, unless it was revoked. */
  async activeByTokenHash(m: EntityManager, hash: string): Promise<ApiClientRow | null> {
    const rows: ApiClientRow[] = await m.query(`${SELECT} WHERE a.token_hash = $1 AND a.revoked_at IS NULL`, [hash]);
    return rows[0] ?? null;
  }

  async insert(m: EntityManager, c: NewApiClient): Promise<string> {
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO api_client (name, kind, channel, location_id, token_hash, token_prefix, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [c.name, c.kind, c.channel, c.locationId, c.tokenHash, c.tokenPrefix, c.createdAt, c.createdBy],
    );
    return rows[0].id;
  }

  async revoke(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.query(`UPDATE api_client SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [id, at]);
  }

  /** Never moves backwards, so a slow request finishing late does not hide a newer use. */
  async markUsed(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.query(`UPDATE api_client SET last_used_at = GREATEST(last_used_at, $2) WHERE id = $1`, [id, at]);
  }

  async locationExists(m: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM location WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}
