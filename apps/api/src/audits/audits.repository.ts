import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CRITERIA, Criteria, Criterion } from '@franscore/domain';
import type { Audit, AuditCase, AuditQuery, AuditSummary, Finding, Page, Severity } from '@franscore/domain';
import type { SampleCandidate } from '@franscore/scoring';
import { Scope, scopeCondition } from '../auth/scope';
import { pageOf } from '../database/paged-query';

const COLUMN: Record<Criterion, string> = {
  listen: 'listen',
  acknowledge: 'acknowledge',
  takeAction: 'take_action',
  thank: 'thank',
  explain: 'explain',
  sincereApology: 'sincere_apology',
  proportionateCompensation: 'proportionate_compensation',
};

interface AuditRow {
  id: string;
  location_id: string;
  location_code: string;
  location_name: string;
  period: string;
  status: Audit['status'];
  auditor_label: string;
  created_at: Date;
  submitted_at: Date | null;
  finalized_at: Date | null;
  score: string | null;
}

const toSummary = (r: AuditRow): AuditSummary => ({
  id: r.id,
  locationId: r.location_id,
  locationCode: r.location_code,
  locationName: r.location_name,
  period: r.period,
  status: r.status,
  auditorLabel: r.auditor_label,
  createdAt: r.created_at.toISOString(),
  submittedAt: r.submitted_at?.toISOString() ?? null,
  finalizedAt: r.finalized_at?.toISOString() ?? null,
  score: r.score === null ? null : Number(r.score),
});

const SELECT = `
  SELECT a.id, a.location_id, l.code AS location_code, l.name AS location_name, a.period, a.status, u.email AS auditor_label,
         a.created_at, a.submitted_at, a.finalized_at,
         (SELECT avg(ac.score) FROM audit_case ac WHERE ac.audit_id = a.id AND ac.score IS NOT NULL) AS score
  FROM audit a JOIN location l ON l.id = a.location_id JOIN app_user u ON u.id = a.auditor_id`;

@Injectable()
export class AuditsRepository {
  /** Handled complaints of a location's period (its own month, its own zone), struck-out ones excepted. */
  async candidates(m: EntityManager, locationId: string, period: string): Promise<SampleCandidate[]> {
    return m.query(
      `SELECT c.id, c.severity FROM complaint c JOIN location l ON l.id = c.location_id
       WHERE c.location_id = $1 AND c.resolve_done_at IS NOT NULL AND c.dispute <> 'upheld'
         AND c.received_at >= (($2::text || '-01')::timestamp AT TIME ZONE l.time_zone)
         AND c.received_at < ((($2::text || '-01')::timestamp + interval '1 month') AT TIME ZONE l.time_zone)`,
      [locationId, period],
    );
  }

  async insert(m: EntityManager, a: { locationId: string; period: string; auditorId: string; seed: number; at: Date }, complaintIds: string[]): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO audit (location_id, period, auditor_id, status, sample_seed, created_at) VALUES ($1, $2, $3, 'draft', $4, $5) RETURNING id`,
      [a.locationId, a.period, a.auditorId, a.seed, a.at],
    );
    if (complaintIds.length) {
      await m.query(
        `INSERT INTO audit_case (audit_id, complaint_id, position) SELECT $1, c, p FROM unnest($2::uuid[]) WITH ORDINALITY AS t(c, p)`,
        [id, complaintIds],
      );
    }
    return id as string;
  }

  async summary(m: EntityManager, scope: Scope, id: string, lock = false): Promise<AuditSummary | null> {
    const params: unknown[] = [id];
    const rows: AuditRow[] = await m.query(`${SELECT} WHERE a.id = $1 AND ${scopeCondition(scope, 'l', params)} ${lock ? 'FOR UPDATE OF a' : ''}`, params);
    return rows[0] ? toSummary(rows[0]) : null;
  }

  async list(m: EntityManager, scope: Scope, q: AuditQuery): Promise<Page<AuditSummary>> {
    const params: unknown[] = [];
    const where = [scopeCondition(scope, 'l', params)];
    if (q.locationId) where.push(`a.location_id = $${params.push(q.locationId)}`);
    if (q.period) where.push(`a.period = $${params.push(q.period)}`);
    if (q.status) where.push(`a.status = $${params.push(q.status)}`);
    const { rows, total } = await pageOf<AuditRow>(m, {
      select: SELECT,
      from: 'FROM audit a JOIN location l ON l.id = a.location_id',
      where: where.join(' AND '),
      params,
      orderBy: 'a.created_at DESC',
      page: q.page,
      pageSize: q.pageSize,
    });
    return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
  }

  async cases(m: EntityManager, auditId: string): Promise<Array<Omit<AuditCase, 'playbookGaps'>>> {
    const rows: Array<Record<string, unknown>> = await m.query(
      `SELECT ac.*, c.reference, c.severity, c.category, c.description FROM audit_case ac JOIN complaint c ON c.id = ac.complaint_id
       WHERE ac.audit_id = $1 ORDER BY ac.position`,
      [auditId],
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      complaintId: r['complaint_id'] as string,
      reference: r['reference'] as string,
      severity: r['severity'] as Severity,
      category: r['category'] as AuditCase['category'],
      description: r['description'] as string,
      position: Number(r['position']),
      criteria: r['scored'] ? (Object.fromEntries(CRITERIA.map((c) => [c, r[COLUMN[c]] as 0 | 1 | 2 | null])) as Criteria) : null,
      score: r['score'] === null ? null : Number(r['score']),
      scored: Boolean(r['scored']),
      notes: (r['notes'] as string | null) ?? null,
    }));
  }

  async scoreCase(m: EntityManager, auditId: string, caseId: string, criteria: Criteria, score: number | null, notes: string | null): Promise<boolean> {
    const params: unknown[] = [caseId, auditId, score, notes, ...CRITERIA.map((c) => criteria[c])];
    const sets = CRITERIA.map((c, i) => `${COLUMN[c]} = $${i + 5}`).join(', ');
    const rows: unknown[] = await m.query(
      `WITH u AS (UPDATE audit_case SET ${sets}, score = $3, notes = $4, scored = true WHERE id = $1 AND audit_id = $2 RETURNING 1) SELECT * FROM u`,
      params,
    );
    return rows.length > 0;
  }

  async setStatus(m: EntityManager, id: string, status: 'submitted' | 'finalized', at: Date): Promise<void> {
    await m.query(`UPDATE audit SET status = $2, ${status === 'submitted' ? 'submitted_at' : 'finalized_at'} = $3 WHERE id = $1`, [id, status, at]);
  }

  async findings(m: EntityManager, auditId: string): Promise<Finding[]> {
    const rows: Array<{ id: string; text: string; created_at: Date; photos: Finding['photos'] }> = await m.query(
      `SELECT f.id, f.text, f.created_at,
              COALESCE(json_agg(json_build_object('id', p.id, 'contentType', p.content_type, 'sizeBytes', p.size_bytes) ORDER BY p.created_at)
                FILTER (WHERE p.id IS NOT NULL), '[]') AS photos
       FROM audit_finding f LEFT JOIN audit_photo p ON p.finding_id = f.id WHERE f.audit_id = $1 GROUP BY f.id ORDER BY f.created_at`,
      [auditId],
    );
    return rows.map((r) => ({ id: r.id, text: r.text, createdAt: r.created_at.toISOString(), photos: r.photos }));
  }

  async addFinding(m: EntityManager, auditId: string, text: string, at: Date): Promise<string> {
    const [{ id }] = await m.query(`INSERT INTO audit_finding (audit_id, text, created_at) VALUES ($1, $2, $3) RETURNING id`, [auditId, text, at]);
    return id as string;
  }

  async findingOf(m: EntityManager, auditId: string, findingId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM audit_finding WHERE id = $1 AND audit_id = $2`, [findingId, auditId]);
    return rows.length > 0;
  }

  async addPhoto(m: EntityManager, findingId: string, p: { id: string; contentType: string; size: number; key: string; at: Date }): Promise<void> {
    await m.query(
      `INSERT INTO audit_photo (id, finding_id, content_type, size_bytes, storage_key, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [p.id, findingId, p.contentType, p.size, p.key, p.at],
    );
  }

  async photo(m: EntityManager, auditId: string, photoId: string): Promise<{ contentType: string; key: string } | null> {
    const rows: Array<{ content_type: string; storage_key: string }> = await m.query(
      `SELECT p.content_type, p.storage_key FROM audit_photo p JOIN audit_finding f ON f.id = p.finding_id WHERE p.id = $1 AND f.audit_id = $2`,
      [photoId, auditId],
    );
    return rows[0] ? { contentType: rows[0].content_type, key: rows[0].storage_key } : null;
  }
}
