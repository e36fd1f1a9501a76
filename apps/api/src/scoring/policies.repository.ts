import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Policy, PolicyRules } from '@franscore/domain';

interface Row {
  id: string;
  name: string;
  version: number | null;
  status: 'draft' | 'published';
  rules: PolicyRules;
  effective_from: string | null;
  published_at: Date | null;
}

const toPolicy = (r: Row): Policy => ({
  id: r.id,
  name: r.name,
  version: r.version,
  status: r.status,
  rules: r.rules,
  effectiveFrom: r.effective_from,
  publishedAt: r.published_at?.toISOString() ?? null,
});

const SELECT = `SELECT id, name, version, status, rules, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, published_at FROM policy`;

@Injectable()
export class PoliciesRepository {
  async list(m: EntityManager, withDrafts: boolean): Promise<Policy[]> {
    const rows: Row[] = await m.query(`${SELECT} ${withDrafts ? '' : `WHERE status = 'published'`} ORDER BY version DESC NULLS FIRST, created_at DESC`);
    return rows.map(toPolicy);
  }

  async byId(m: EntityManager, id: string, lock = false): Promise<Policy | null> {
    const rows: Row[] = await m.query(`${SELECT} WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return rows[0] ? toPolicy(rows[0]) : null;
  }

  /** The published policy in force on a date: the highest version already effective. */
  async inForce(m: EntityManager, day: string): Promise<Policy | null> {
    const rows: Row[] = await m.query(`${SELECT} WHERE status = 'published' AND effective_from <= $1::date ORDER BY version DESC LIMIT 1`, [day]);
    return rows[0] ? toPolicy(rows[0]) : null;
  }

  async byVersion(m: EntityManager, version: number): Promise<Policy | null> {
    const rows: Row[] = await m.query(`${SELECT} WHERE version = $1`, [version]);
    return rows[0] ? toPolicy(rows[0]) : null;
  }

  async insertDraft(m: EntityManager, name: string, rules: PolicyRules, now: Date): Promise<string> {
    const [{ id }] = await m.query(`INSERT INTO policy (name, status, rules, created_at) VALUES ($1, 'draft', $2, $3) RETURNING id`, [name, JSON.stringify(rules), now]);
    return id as string;
  }

  async updateDraft(m: EntityManager, id: string, name: string, rules: PolicyRules): Promise<void> {
    await m.query(`UPDATE policy SET name = $2, rules = $3 WHERE id = $1 AND status = 'draft'`, [id, name, JSON.stringify(rules)]);
  }

  async publish(m: EntityManager, id: string, effectiveFrom: string, now: Date, by: string | null): Promise<number> {
    await m.query(`LOCK TABLE policy IN SHARE ROW EXCLUSIVE MODE`);
    const [{ next }] = await m.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM policy`);
    await m.query(
      `UPDATE policy SET status = 'published', version = $2, effective_from = $3, published_at = $4, published_by = $5 WHERE id = $1`,
      [id, next, effectiveFrom, now, by],
    );
    return Number(next);
  }

  /** The default policy of DOMAIN.md as version 1, once, on an empty database. */
  async ensureDefault(m: EntityManager, rules: PolicyRules, now: Date): Promise<void> {
    await m.query(
      `INSERT INTO policy (name, version, status, rules, effective_from, created_at, published_at)
       SELECT 'Default policy (DOMAIN.md)', 1, 'published', $1, DATE '2000-01-01', $2, $2
       WHERE NOT EXISTS (SELECT 1 FROM policy WHERE status = 'published')`,
      [JSON.stringify(rules), now],
    );
  }
}
