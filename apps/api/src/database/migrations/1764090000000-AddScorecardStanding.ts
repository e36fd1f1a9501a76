import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which card stands for each (location, period), kept beside the cards so no
 * reader scans every card ever computed: `latest_id` is the newest card,
 * `official_id` the finalized one, and the standing card is the official one
 * when there is one. Recomputes stage their cards per job and publish them in
 * one transaction; jobs carry the key of the process that runs them.
 */
export class AddScorecardStanding1764090000000 implements MigrationInterface {
  name = 'AddScorecardStanding1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scorecard_standing (
        location_id uuid NOT NULL REFERENCES location(id),
        period text NOT NULL,
        latest_id uuid NOT NULL REFERENCES scorecard(id),
        latest_as_of timestamptz NOT NULL,
        latest_policy_version integer NOT NULL,
        official_id uuid REFERENCES scorecard(id),
        standing_id uuid GENERATED ALWAYS AS (COALESCE(official_id, latest_id)) STORED,
        PRIMARY KEY (location_id, period)
      )`);
    await q.query(`CREATE INDEX scorecard_standing_period_idx ON scorecard_standing (period, location_id)`);
    // The newest card of each pair; the official one is the card finalized last, the one enforcement read last.
    await q.query(`
      INSERT INTO scorecard_standing (location_id, period, latest_id, latest_as_of, latest_policy_version, official_id)
      SELECT n.location_id, n.period, n.id, n.as_of, n.policy_version,
             (SELECT f.scorecard_id FROM scorecard s JOIN scorecard_finalization f ON f.scorecard_id = s.id
              WHERE s.location_id = n.location_id AND s.period = n.period ORDER BY f.finalized_at DESC, s.as_of DESC LIMIT 1)
      FROM (SELECT DISTINCT ON (location_id, period) id, location_id, period, as_of, policy_version FROM scorecard
            ORDER BY location_id, period, as_of DESC, policy_version DESC) n`);

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
    // Rows without an owner were started by a version that did not record one: the next start fails them.
    await q.query(`ALTER TABLE job ADD COLUMN owner integer`);
    await q.query(`CREATE INDEX job_running_idx ON job (kind) WHERE status = 'running'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX job_running_idx`);
    await q.query(`ALTER TABLE job DROP COLUMN owner`);
    await q.query(`DROP TABLE scorecard_stage`);
    await q.query(`DROP TABLE scorecard_standing`);
  }
}
