import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Page, User, UserQuery } from '@franscore/domain';
import { pageOf } from '../database/paged-query';

interface Row {
  id: string;
  email: string;
  display_name: string;
  role: User['role'];
  active: boolean;
  franchisee_id: string | null;
  location_id: string | null;
  region_ids: string[];
}

const toUser = (r: Row): User => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  active: r.active,
  franchiseeId: r.franchisee_id,
  locationId: r.location_id,
  regionIds: r.region_ids,
});

/** A user with the regions they manage; callers add WHERE ... GROUP BY u.id. `extra` adds columns (the password hash for sign-in). */
export const userSelect = (extra = '') => `
  SELECT u.id, u.email, u.display_name, u.role, u.active, u.franchisee_id, u.location_id${extra},
         COALESCE(array_agg(ur.region_id ORDER BY ur.region_id) FILTER (WHERE ur.region_id IS NOT NULL), '{}') AS region_ids
  FROM app_user u LEFT JOIN user_region ur ON ur.user_id = u.id`;
const SELECT = userSelect();

@Injectable()
export class UsersRepository {
  async list(m: EntityManager, q: UserQuery): Promise<Page<User>> {
    const params: unknown[] = [];
    const where = ['TRUE'];
    if (q.role) where.push(`u.role = $${params.push(q.role)}`);
    if (q.status) where.push(q.status === 'active' ? 'u.active' : 'NOT u.active');
    if (q.search) {
      const p = params.push(`%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(u.email ILIKE $${p} OR u.display_name ILIKE $${p})`);
    }
    const { rows, total } = await pageOf<Row>(m, {
      select: SELECT,
      from: 'FROM app_user u',
      where: where.join(' AND '),
      params,
      groupBy: 'GROUP BY u.id',
      orderBy: 'u.email',
      page: q.page,
      pageSize: q.pageSize,
    });
    return { items: rows.map(toUser), total, page: q.page, pageSize: q.pageSize };
  }

  async byId(m: EntityManager, id: string): Promise<User | null> {
    const rows: Row[] = await m.query(`${SELECT} WHERE u.id = $1 GROUP BY u.id`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async setRegions(m: EntityManager, userId: string, regionIds: string[]): Promise<void> {
    await m.query(`DELETE FROM user_region WHERE user_id = $1`, [userId]);
    if (regionIds.length) {
      await m.query(`INSERT INTO user_region (user_id, region_id) SELECT $1, unnest($2::uuid[])`, [userId, regionIds]);
    }
  }

  /** Ends the user's live sessions; how many there were. */
  async revokeSessions(m: EntityManager, userId: string, now: Date): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await m.query(
      `WITH ended AS (
         UPDATE user_session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2 RETURNING 1
       ) SELECT count(*)::int AS n FROM ended`,
      [userId, now],
    );
    return n;
  }

  async adminCount(m: EntityManager): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*) AS n FROM app_user WHERE role = 'admin' AND active`);
    return Number(n);
  }
}
