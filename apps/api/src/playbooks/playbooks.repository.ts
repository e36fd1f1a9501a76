import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Category, EventType, Playbook, PlaybookContent, PlaybookSeverity, Severity } from '@franscore/domain';

interface Row {
  id: string;
  category: Category;
  severity: PlaybookSeverity;
  version: number | null;
  status: 'draft' | 'published';
  content: PlaybookContent;
  created_at: Date;
  published_at: Date | null;
}

export interface CaseFacts {
  complaintId: string;
  category: Category;
  severity: Severity;
  receivedAt: Date;
  events: Array<{ type: EventType; at: Date }>;
}

const toPlaybook = (r: Row): Playbook => ({
  id: r.id,
  category: r.category,
  severity: r.severity,
  version: r.version,
  status: r.status,
  content: r.content,
  createdAt: r.created_at.toISOString(),
  publishedAt: r.published_at?.toISOString() ?? null,
});

const SELECT = `SELECT id, category, severity, version, status, content, created_at, published_at FROM playbook`;

@Injectable()
export class PlaybooksRepository {
  async list(m: EntityManager, withDrafts: boolean): Promise<Playbook[]> {
    const rows: Row[] = await m.query(
      `${SELECT} ${withDrafts ? '' : `WHERE status = 'published'`} ORDER BY category, severity, version DESC NULLS FIRST, created_at DESC`,
    );
    return rows.map(toPlaybook);
  }

  async byId(m: EntityManager, id: string, lock = false): Promise<Playbook | null> {
    const rows: Row[] = await m.query(`${SELECT} WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return rows[0] ? toPlaybook(rows[0]) : null;
  }

  /** Every published version for the categories: a handful per category, matched by the pure rule. */
  async published(m: EntityManager, categories: readonly Category[]): Promise<Playbook[]> {
    const rows: Row[] = await m.query(`${SELECT} WHERE status = 'published' AND category = ANY($1::text[])`, [categories]);
    return rows.map(toPlaybook);
  }

  async insertDraft(m: EntityManager, p: { category: Category; severity: PlaybookSeverity; content: PlaybookContent }, now: Date, by: string | null): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO playbook (category, severity, status, content, created_at, created_by) VALUES ($1, $2, 'draft', $3, $4, $5) RETURNING id`,
      [p.category, p.severity, JSON.stringify(p.content), now, by],
    );
    return id as string;
  }

  async updateDraft(m: EntityManager, id: string, content: PlaybookContent): Promise<void> {
    await m.query(`UPDATE playbook SET content = $2 WHERE id = $1 AND status = 'draft'`, [id, JSON.stringify(content)]);
  }

  /** The next version of its category and severity; the table lock makes concurrent publishes take turns. */
  async publish(m: EntityManager, id: string, now: Date, by: string | null): Promise<void> {
    await m.query(`LOCK TABLE playbook IN SHARE ROW EXCLUSIVE MODE`);
    await m.query(
      `UPDATE playbook p SET status = 'published', published_at = $2, published_by = $3,
         version = (SELECT COALESCE(max(o.version), 0) + 1 FROM playbook o WHERE o.category = p.category AND o.severity = p.severity)
       WHERE p.id = $1`,
      [id, now, by],
    );
  }

  /** Head office's defaults as version 1 of each category's `*` playbook, once: a category with any playbook keeps it. */
  async ensureDefaults(m: EntityManager, defaults: ReadonlyArray<{ category: Category; content: PlaybookContent }>, now: Date): Promise<void> {
    await m.query(
      `INSERT INTO playbook (category, severity, version, status, content, created_at, published_at)
       SELECT d.category, '*', 1, 'published', d.content, $3, $3
       FROM unnest($1::text[], $2::jsonb[]) AS d(category, content)
       WHERE NOT EXISTS (SELECT 1 FROM playbook p WHERE p.category = d.category)
       ON CONFLICT DO NOTHING`,
      [defaults.map((d) => d.category), defaults.map((d) => JSON.stringify(d.content)), now],
    );
  }

  /** What the playbook needs of each complaint: its key, its receipt and its timeline in order. */
  async caseFacts(m: EntityManager, complaintIds: readonly string[]): Promise<CaseFacts[]> {
    if (!complaintIds.length) return [];
    const complaints: Array<{ id: string; category: Category; severity: Severity; received_at: Date }> = await m.query(
      `SELECT id, category, severity, received_at FROM complaint WHERE id = ANY($1::uuid[])`,
      [complaintIds],
    );
    const events: Array<{ complaint_id: string; type: EventType; at: Date }> = await m.query(
      `SELECT complaint_id, type, at FROM complaint_event WHERE complaint_id = ANY($1::uuid[]) ORDER BY complaint_id, seq`,
      [complaintIds],
    );
    const timelines = new Map<string, CaseFacts['events']>();
    for (const e of events) timelines.set(e.complaint_id, [...(timelines.get(e.complaint_id) ?? []), { type: e.type, at: e.at }]);
    return complaints.map((c) => ({ complaintId: c.id, category: c.category, severity: c.severity, receivedAt: c.received_at, events: timelines.get(c.id) ?? [] }));
  }
}
