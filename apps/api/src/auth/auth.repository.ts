import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from './auth-user';
import { userSelect } from '../org/users.repository';
import { FailureState } from './sign-in-backoff';

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

  /** When an open session ends, or null when it has ended (revoked, expired, its user deactivated). */
  async sessionExpiry(m: EntityManager, tokenHash: string, now: Date): Promise<Date | null> {
    const rows: Array<{ expires_at: Date }> = await m.query(
      `SELECT s.expires_at FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active`,
      [tokenHash, now],
    );
    return rows[0]?.expires_at ?? null;
  }

  async failures(m: EntityManager, email: string, lock = false): Promise<FailureState | null> {
    const rows: Array<{ failures: number; last_failure_at: Date; locked_until: Date | null }> = await m.query(
      `SELECT failures, last_failure_at, locked_until FROM sign_in_failure WHERE email = $1${lock ? ' FOR UPDATE' : ''}`,
      [email],
    );
    const r = rows[0];
    return r ? { failures: r.failures, lastFailureAt: r.last_failure_at, lockedUntil: r.locked_until } : null;
  }

  /** Makes the row a try can lock, so parallel tries of one account queue on it. */
  async ensureFailureRow(m: EntityManager, email: string, now: Date): Promise<void> {
    await m.query(`INSERT INTO sign_in_failure (email, failures, last_failure_at) VALUES ($1, 0, $2) ON CONFLICT (email) DO NOTHING`, [email, now]);
  }

  async saveFailures(m: EntityManager, email: string, s: FailureState): Promise<void> {
    await m.query(
      `INSERT INTO sign_in_failure (email, failures, last_failure_at, locked_until) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO UPDATE SET failures = EXCLUDED.failures, last_failure_at = EXCLUDED.last_failure_at, locked_until = EXCLUDED.locked_until`,
      [email, s.failures, s.lastFailureAt, s.lockedUntil],
    );
  }

  async clearFailures(m: EntityManager, email: string): Promise<void> {
    await m.query(`DELETE FROM sign_in_failure WHERE email = $1`, [email]);
  }

  /** Rows nobody has failed on for `olderThan`: they would count from zero anyway. */
  async forgetFailuresBefore(m: EntityManager, olderThan: Date): Promise<void> {
    await m.query(`DELETE FROM sign_in_failure WHERE last_failure_at < $1`, [olderThan]);
  }
}
