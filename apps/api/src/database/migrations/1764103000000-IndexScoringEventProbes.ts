import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two timeline probes of scoring (a complaint's first rating, its upheld
 * dispute, each as of the card's moment) went through (complaint_id, seq) and
 * read every event of the complaint to find one type. Partial indexes of just
 * those events answer each probe with one entry; they are small (a rating or
 * a ruling is rare beside the other events) and cost intake nothing.
 */
export class IndexScoringEventProbes1764103000000 implements MigrationInterface {
  name = 'IndexScoringEventProbes1764103000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX complaint_event_rating_idx ON complaint_event (complaint_id, seq) INCLUDE (at) WHERE type = 'followup_rating'`);
    await q.query(`CREATE INDEX complaint_event_upheld_idx ON complaint_event (complaint_id) INCLUDE (at) WHERE type = 'dispute_upheld'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX complaint_event_upheld_idx`);
    await q.query(`DROP INDEX complaint_event_rating_idx`);
  }
}
