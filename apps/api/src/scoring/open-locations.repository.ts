import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Locations per aggregation round: one set of queries each, so memory stays flat at any network size. */
export const BATCH = 500;

/** Locations still trading (not closed), in id order, a page at a time: what scoring walks through. */
@Injectable()
export class OpenLocationsRepository {
  page(m: EntityManager, afterId: string | null, size = BATCH): Promise<Array<{ id: string; code: string }>> {
    return m.query(`SELECT id, code FROM location WHERE status <> 'closed' AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`, [afterId, size]);
  }

  async count(m: EntityManager): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM location WHERE status <> 'closed'`);
    return Number(n);
  }
}
