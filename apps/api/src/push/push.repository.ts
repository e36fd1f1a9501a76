import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PushSubscriptionBody, Role } from '@franscore/domain';

/** A subscription with what alertReaches needs to know of its user. */
export interface PushRecipient {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  userId: string;
  role: Role;
  regionIds: string[];
  franchiseeId: string | null;
  locationId: string | null;
}

@Injectable()
export class PushRepository {
  /**
   * The same browser subscribing again (or for another user who signed in on
   * it) replaces its row, and is bound to the session it came from: signing
   * out there stops it.
   */
  async save(m: EntityManager, userId: string, sessionTokenHash: string | null, s: PushSubscriptionBody, at: Date): Promise<void> {
    await m.query(
      `INSERT INTO push_subscription (user_id, endpoint, p256dh, auth, created_at, session_id)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM user_session WHERE token_hash = $6))
       ON CONFLICT (endpoint) DO UPDATE SET user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, created_at = EXCLUDED.created_at, session_id = EXCLUDED.session_id`,
      [userId, s.endpoint, s.keys.p256dh, s.keys.auth, at, sessionTokenHash],
    );
  }

  async remove(m: EntityManager, userId: string, endpoint: string): Promise<void> {
    await m.query(`DELETE FROM push_subscription WHERE user_id = $1 AND endpoint = $2`, [userId, endpoint]);
  }

  /** The subscriptions the session with this token hash opted in (its sign-out); every revoked session's of a user when all of theirs ended. */
  async removeOfEndedSessions(m: EntityManager, ended: { tokenHash: string } | { userId: string }): Promise<void> {
    if ('tokenHash' in ended) {
      await m.query(`DELETE FROM push_subscription p USING user_session s WHERE p.session_id = s.id AND s.token_hash = $1`, [ended.tokenHash]);
    } else {
      await m.query(`DELETE FROM push_subscription p USING user_session s WHERE p.session_id = s.id AND s.user_id = $1 AND s.revoked_at IS NOT NULL`, [ended.userId]);
    }
  }

  async removeById(m: EntityManager, id: string): Promise<void> {
    await m.query(`DELETE FROM push_subscription WHERE id = $1`, [id]);
  }

  /**
   * Subscriptions of active users in one of the roles; whether the alert's
   * location is in each user's scope is alertReaches' call, so the audience
   * rule lives in one place. A subscription whose session was signed out
   * (or revoked) pages no one, even before its row is deleted.
   */
  async ofRoles(m: EntityManager, roles: Role[]): Promise<PushRecipient[]> {
    const rows: Array<{ id: string; endpoint: string; p256dh: string; auth: string; user_id: string; role: Role; region_ids: string[]; franchisee_id: string | null; location_id: string | null }> =
      await m.query(
        `SELECT s.id, s.endpoint, s.p256dh, s.auth, u.id AS user_id, u.role, u.franchisee_id, u.location_id,
                COALESCE((SELECT array_agg(r.region_id::text) FROM user_region r WHERE r.user_id = u.id), '{}') AS region_ids
         FROM push_subscription s JOIN app_user u ON u.id = s.user_id
         LEFT JOIN user_session us ON us.id = s.session_id
         WHERE u.active AND u.role = ANY($1::text[]) AND us.revoked_at IS NULL`,
        [roles],
      );
    return rows.map((r) => ({
      id: r.id,
      endpoint: r.endpoint,
      p256dh: r.p256dh,
      auth: r.auth,
      userId: r.user_id,
      role: r.role,
      regionIds: r.region_ids,
      franchiseeId: r.franchisee_id,
      locationId: r.location_id,
    }));
  }
}
