import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OrderVolumeSource } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';

/** One day's figure to write, already checked. */
export interface VolumeDay {
  locationId: string;
  locationCode: string;
  day: string;
  orders: number;
}

/** Where the figures come from: a person's CSV import, or a point-of-sale feed (the API client that sent them). */
export type VolumeOrigin = { source: 'csv' } | { source: 'pos'; apiClientId: string; name: string };

export interface StoredVolume {
  location_id: string;
  day: string;
  orders: number;
}

export interface VolumeDayRow {
  day: string;
  orders: number;
  source: OrderVolumeSource;
  source_name: string | null;
}

/** Rows per statement: one array parameter per column, so a chunk is one round trip whatever its size. */
const CHUNK = 5000;
/** Any fixed number: it names the lock that keeps two writers of the same day from each missing the other's figure. */
const VOLUME_LOCK = 7_210_017;

@Injectable()
export class OrderVolumesRepository {
  /** Serialises volume writers until the transaction ends, so the old figure each one records is the one it replaced. */
  async lock(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [VOLUME_LOCK]);
  }

  /** Ids of the locations with these codes (any status: a closed location's past days may still be sent). */
  async locationIds(m: EntityManager, codes: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; code: string }> = await m.query(`SELECT id, code FROM location WHERE code = ANY($1::text[])`, [[...new Set(codes)]]);
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /** The figures on file for these (location, day) pairs. */
  async stored(m: EntityManager, days: readonly VolumeDay[]): Promise<StoredVolume[]> {
    const found: StoredVolume[] = [];
    for (let i = 0; i < days.length; i += CHUNK) {
      const slice = days.slice(i, i + CHUNK);
      found.push(
        ...(await m.query(
          `SELECT ov.location_id, to_char(ov.day, 'YYYY-MM-DD') AS day, ov.orders FROM order_volume ov
           JOIN unnest($1::uuid[], $2::date[]) AS k(location_id, day) ON k.location_id = ov.location_id AND k.day = ov.day`,
          [slice.map((d) => d.locationId), slice.map((d) => d.day)],
        )),
      );
    }
    return found;
  }

  /** Inserts new days and replaces the figure (and origin) of days on file. */
  async upsert(m: EntityManager, days: readonly VolumeDay[], origin: VolumeOrigin, at: Date): Promise<void> {
    const clientId = origin.source === 'pos' ? origin.apiClientId : null;
    for (let i = 0; i < days.length; i += CHUNK) {
      const slice = days.slice(i, i + CHUNK);
      await m.query(
        `INSERT INTO order_volume (location_id, day, orders, updated_at, source, api_client_id)
         SELECT k.location_id, k.day, k.orders, $4::timestamptz, $5::text, $6::uuid
         FROM unnest($1::uuid[], $2::date[], $3::int[]) AS k(location_id, day, orders)
         ON CONFLICT (location_id, day) DO UPDATE
           SET orders = EXCLUDED.orders, updated_at = EXCLUDED.updated_at, source = EXCLUDED.source, api_client_id = EXCLUDED.api_client_id
           WHERE (order_volume.orders, order_volume.source, order_volume.api_client_id) IS DISTINCT FROM (EXCLUDED.orders, EXCLUDED.source, EXCLUDED.api_client_id)`,
        [slice.map((d) => d.locationId), slice.map((d) => d.day), slice.map((d) => d.orders), at, origin.source, clientId],
      );
    }
  }

  /** True when the location exists and is in the scope. */
  async locationInScope(m: EntityManager, scope: Scope, locationId: string): Promise<boolean> {
    const params: unknown[] = [locationId];
    const rows: unknown[] = await m.query(`SELECT 1 FROM location l WHERE l.id = $1 AND ${scopeCondition(scope, 'l', params)}`, params);
    return rows.length > 0;
  }

  /** A location's days between two dates (inclusive), oldest first, with the feed each came from. */
  days(m: EntityManager, locationId: string, from: string, to: string): Promise<VolumeDayRow[]> {
    return m.query(
      `SELECT to_char(ov.day, 'YYYY-MM-DD') AS day, ov.orders, ov.source, a.name AS source_name
       FROM order_volume ov LEFT JOIN api_client a ON a.id = ov.api_client_id
       WHERE ov.location_id = $1 AND ov.day BETWEEN $2::date AND $3::date
       ORDER BY ov.day`,
      [locationId, from, to],
    );
  }
}
