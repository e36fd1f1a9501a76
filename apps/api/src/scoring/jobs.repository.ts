import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Job } from '@franscore/domain';

const SELECT = `SELECT id, kind, status, done, total, error FROM job`;

/** Long-running work and its progress, readable by any instance. */
@Injectable()
export class JobsRepository {
  async start(m: EntityManager, kind: string, params: Record<string, unknown>, total: number, at: Date): Promise<Job> {
    const [row] = await m.query(
      `INSERT INTO job (kind, params, status, total, started_at) VALUES ($1, $2, 'running', $3, $4) RETURNING id, kind, status, done, total, error`,
      [kind, JSON.stringify(params), total, at],
    );
    return row as Job;
  }

  async progress(m: EntityManager, id: string, done: number): Promise<void> {
    await m.query(`UPDATE job SET done = $2 WHERE id = $1`, [id, done]);
  }

  async finish(m: EntityManager, id: string, status: 'done' | 'failed', error: string | null, at: Date): Promise<void> {
    await m.query(`UPDATE job SET status = $2, error = $3, finished_at = $4 WHERE id = $1`, [id, status, error, at]);
  }

  async byId(m: EntityManager, id: string): Promise<Job | null> {
    const rows: Job[] = await m.query(`${SELECT} WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }
}
