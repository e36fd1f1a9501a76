import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recompute now writes its cards once, straight into `scorecard`, inside the
 * job's own transaction, and publishes them by moving the pointer rows before
 * its commit: the stage (each card written, checked and logged twice, then
 * deleted) is gone. A stage left by a job of an older version belongs to a job
 * that failed (its process stopped), so nothing in it is ever published.
 */
export class DropScorecardStage1764107100000 implements MigrationInterface {
  name = 'DropScorecardStage1764107100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scorecard_stage`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scorecard_stage (
        job_id uuid NOT NULL REFERENCES job(id),
        location_id uuid NOT NULL REFERENCES location(id),
        period text NOT NULL,
        policy_id uuid NOT NULL REFERENCES policy(id),
        policy_version integer NOT NULL,
        as_of timestamptz NOT NULL,
        overall numeric,
        band text,
        provisional boolean NOT NULL,
        explanation jsonb NOT NULL,
        PRIMARY KEY (job_id, location_id)
      )`);
  }
}
