import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from './auth-user';
import { userSelect } from '../org/users.repository';

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: AuthUser['role'];
  active: boolean;
  franchisee_id: string | null;
  location_id: string | null;
  region_ids: string[];
  password_hash: string;
}

export const toAuthUser = (r: UserRow): AuthUser => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  active: r.active,
  franchiseeId: r.franchisee_id,
  locationId: r.location_id,
  regionIds: r.region_ids,
});

const USER_SELECT = userSelect(', u.password_hash');

@Injectable()
export class AuthRepository {
  async userByEmail(m: EntityManager, email: string): Promise<UserRow | null> {
    const rows: UserRow[] = await m.query(`${USER_SELECT} WHERE lower(u.email) = lower($1) GROUP BY u.id`, [email]);
    return rows[0] ?? null;
  }

  async userBySession(m: EntityManager, tokenHash: string, now: Date): Promise<UserRow | null> {
    const rows: UserRow[] = await m.query(
      `${USER_SELECT}
       JOIN user_session s ON s.user_id = u.id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active
       GROUP BY u.id`,
      [tokenHash, now],
    );
    return rows[0] ?? null;
  }

  async createSession(m: EntityManager, userId: string, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
    await m.query(
      `INSERT INTO user_session (user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
      [userId, tokenHash, now, expiresAt],
    );
  }

  async revokeSession(m: EntityManager, tokenHash: string, now: Date): Promise<void> {
    await m.query(`UPDATE user_session SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL`, [tokenHash, now]);
  }

  async revokeAllForUser(m: EntityManager, userId: string, now: Date): Promise<void> {
    await m.query(`UPDATE user_session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, now]);
  }
}
