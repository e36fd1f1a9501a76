import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Role } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';
import { Alert, AlertKind } from './alert';

interface Row {
  id: string;
  kind: AlertKind;
  complaint_id: string;
  reference: string;
  location_id: string;
  location_code: string;
  region_id: string;
  franchisee_id: string;
  severity: Alert['severity'];
  at: Date;
  roles: Role[];
}

const toAlert = (r: Row): Alert => ({
  id: r.id,
  kind: r.kind,
  complaintId: r.complaint_id,
  reference: r.reference,
  locationId: r.location_id,
  locationCode: r.location_code,
  regionId: r.region_id,
  franchiseeId: r.franchisee_id,
  severity: r.severity,
  at: r.at.toISOString(),
  roles: r.roles,
});

const COLUMNS = `a.id, a.kind, a.complaint_id, c.reference, a.location_id, l.code AS location_code, l.region_id,
  l.franchisee_id, c.severity, a.at, a.roles`;
/** An alert `a` with its complaint and location; `a` is the table or a CTE of new rows. */
const JOINED = `JOIN complaint c ON c.id = a.complaint_id JOIN location l ON l.id = a.location_id`;
const SELECT = `SELECT ${COLUMNS} FROM alert a ${JOINED}`;

@Injectable()
export class AlertsRepository {
  /** One alert per (complaint, kind): a repeated sweep raises nothing new. Answers the new alert, if any. */
  async insert(m: EntityManager, complaintId: string, kind: AlertKind, roles: Role[], at: Date): Promise<Alert | null> {
    // The new row comes back joined in the same statement: a second lookup by id cost a round trip on every
    // intake, and the planner took it through the location index with a filter on id (the bench README).
    const rows: Row[] = await m.query(
      `WITH a AS (
         INSERT INTO alert (kind, complaint_id, location_id, roles, at)
         SELECT $1, c.id, c.location_id, $3::text[], $4 FROM complaint c WHERE c.id = $2
         ON CONFLICT (complaint_id, kind) DO NOTHING RETURNING *
       )
       SELECT ${COLUMNS} FROM a ${JOINED}`,
      [kind, complaintId, roles, at],
    );
    return rows[0] ? toAlert(rows[0]) : null;
  }

  async list(m: EntityManager, role: Role, scope: Scope, limit: number): Promise<Alert[]> {
    const params: unknown[] = [role];
    const rows: Row[] = await m.query(
      `${SELECT} WHERE $1 = ANY(a.roles) AND ${scopeCondition(scope, 'l', params)} ORDER BY a.at DESC LIMIT $${params.push(limit)}`,
      params,
    );
    return rows.map(toAlert);
  }

  async unreadCount(m: EntityManager, userId: string, role: Role, scope: Scope): Promise<number> {
    const params: unknown[] = [role, userId];
    const [{ n }] = await m.query(
      `SELECT count(*) AS n FROM alert a JOIN location l ON l.id = a.location_id
       WHERE $1 = ANY(a.roles) AND ${scopeCondition(scope, 'l', params)}
         AND a.at > COALESCE((SELECT read_until FROM alert_cursor WHERE user_id = $2), '-infinity')`,
      params,
    );
    return Number(n);
  }

  /** When an alert the user may see was raised; null when it is not theirs (another role or outside the scope). */
  async visibleAt(m: EntityManager, id: string, role: Role, scope: Scope): Promise<Date | null> {
    const params: unknown[] = [id, role];
    const rows: Array<{ at: Date }> = await m.query(
      `SELECT a.at FROM alert a JOIN location l ON l.id = a.location_id WHERE a.id = $1 AND $2 = ANY(a.roles) AND ${scopeCondition(scope, 'l', params)}`,
      params,
    );
    return rows[0]?.at ?? null;
  }

  async markRead(m: EntityManager, userId: string, until: Date): Promise<void> {
    await m.query(
      `INSERT INTO alert_cursor (user_id, read_until) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET read_until = GREATEST(alert_cursor.read_until, EXCLUDED.read_until)`,
      [userId, until],
    );
  }
}
