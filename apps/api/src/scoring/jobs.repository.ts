import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Job } from '@franscore/domain';

const SELECT = `SELECT id, kind, status, done, total, error FROM job`;

/**
 * The namespace of the two-key advisory locks that name job owners: each
 * process holds (JOB_OWNER_LOCKS, its key) for as long as it lives, and the
 * database lets go of it when the process's session ends, however it ended.
 */
export const JOB_OWNER_LOCKS = 7_210_005;
/** Names the lock under which scoring jobs are claimed, so one period never runs twice at once. */
const CLAIM_LOCK = 7_210_003;
/** Job kinds that rewrite a period's scorecards. */
const SCORING_KINDS = ['recompute', 'period_close'];
export const OWNER_DIED = 'The process running this job stopped before it finished';

/** Long-running work and its progress, readable by any instance. */
@Injectable()
export class JobsRepository {
  async start(m: EntityManager, kind: string, params: Record<string, unknown>, total: number, at: Date, owner: number): Promise<Job> {
    const [row] = await m.query(
      `INSERT INTO job (kind, params, status, total, started_at, owner) VALUES ($1, $2, 'running', $3, $4, $5) RETURNING id, kind, status, done, total, error`,
      [kind, JSON.stringify(params), total, at, owner],
    );
    return row as Job;
  }

  async progress(m: EntityManager, id: string, done: number): Promise<void> {
    await m.query(`UPDATE job SET done = $2 WHERE id = $1`, [id, done]);
  }

  /** Counts `by` more items done: batches finishing in any order never move progress back. */
  async advance(m: EntityManager, id: string, by: number): Promise<void> {
    await m.query(`UPDATE job SET done = done + $2 WHERE id = $1`, [id, by]);
  }

  /** Ends a running job; a job another instance already failed stays failed. */
  async finish(m: EntityManager, id: string, status: 'done' | 'failed', error: string | null, at: Date): Promise<void> {
    await m.query(`UPDATE job SET status = $2, error = $3, finished_at = $4 WHERE id = $1 AND status = 'running'`, [id, status, error, at]);
  }

  async byId(m: EntityManager, id: string): Promise<Job | null> {
    const rows: Job[] = await m.query(`${SELECT} WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Serializes claims of scoring jobs until the caller's transaction ends. */
  async lockClaims(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [CLAIM_LOCK]);
  }

  /** The scoring job running for a period, whichever kind. */
  async runningFor(m: EntityManager, period: string): Promise<Job | null> {
    const rows: Job[] = await m.query(`${SELECT} WHERE status = 'running' AND kind = ANY($2) AND params->>'period' = $1 LIMIT 1`, [period, SCORING_KINDS]);
    return rows[0] ?? null;
  }

  /** Whether a period close ran or runs for the period (a failed one may be tried again). */
  async closed(m: EntityManager, period: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM job WHERE kind = 'period_close' AND params->>'period' = $1 AND status <> 'failed' LIMIT 1`, [period]);
    return rows.length > 0;
  }

  /** Locks a running job of this owner; false when it is no longer running or no longer this owner's. */
  async lockOwn(m: EntityManager, id: string, owner: number): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM job WHERE id = $1 AND status = 'running' AND owner = $2 FOR UPDATE`, [id, owner]);
    return rows.length > 0;
  }

  /**
   * Fails every running job whose owner's lock nobody holds: its process died
   * (or predates owners). A live owner's job keeps running, on any instance.
   */
  async failAbandoned(m: EntityManager, at: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(
      // Wrapped in a SELECT: TypeORM answers an UPDATE with [rows, count], a SELECT with its rows.
      `WITH failed AS (
       UPDATE job SET status = 'failed', error = $2, finished_at = $1
       WHERE status = 'running' AND (owner IS NULL OR NOT EXISTS (
         SELECT 1 FROM pg_locks k
         WHERE k.locktype = 'advisory' AND k.granted AND k.objsubid = 2
           AND k.database = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND k.classid = $3::oid AND k.objid = job.owner::oid))
       RETURNING id)
       SELECT id FROM failed`,
      [at, OWNER_DIED, JOB_OWNER_LOCKS],
    );
    return rows.map((r) => r.id);
  }
}
