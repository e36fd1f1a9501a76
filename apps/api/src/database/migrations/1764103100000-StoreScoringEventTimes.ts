import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scoring reads two facts from a complaint's timeline as of a card's moment:
 * its first rating and whether a dispute was upheld. Probing complaint_event
 * for them was half of a recompute (about one probe per rated complaint). The
 * complaint now keeps the first rating, its time and the time of the upheld
 * ruling, written by a trigger in the transaction that appends the event (so
 * every writer keeps them, and they are never ahead of or behind the
 * timeline); scoring compares those times with the card's as-of. A row
 * written with triggers off keeps them null and is probed as before, through
 * the partial indexes of 1764103000000.
 */
export class StoreScoringEventTimes1764103100000 implements MigrationInterface {
  name = 'StoreScoringEventTimes1764103100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaint ADD COLUMN first_rating smallint, ADD COLUMN first_rated_at timestamptz, ADD COLUMN upheld_at timestamptz`);
    await q.query(`
      CREATE FUNCTION complaint_scoring_times() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.type = 'followup_rating' THEN
          UPDATE complaint SET first_rated_at = NEW.at,
                 first_rating = CASE WHEN NEW.data->>'rating' ~ '^[1-5]$' THEN (NEW.data->>'rating')::smallint END
          WHERE id = NEW.complaint_id AND first_rated_at IS NULL;
        ELSE
          UPDATE complaint SET upheld_at = NEW.at WHERE id = NEW.complaint_id AND upheld_at IS NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER complaint_scoring_times AFTER INSERT ON complaint_event
      FOR EACH ROW WHEN (NEW.type IN ('followup_rating', 'dispute_upheld')) EXECUTE FUNCTION complaint_scoring_times()`);
    await q.query(`
      UPDATE complaint c SET first_rated_at = e.at,
             first_rating = CASE WHEN e.data->>'rating' ~ '^[1-5]$' THEN (e.data->>'rating')::smallint END
      FROM (SELECT DISTINCT ON (complaint_id) complaint_id, at, data FROM complaint_event WHERE type = 'followup_rating' ORDER BY complaint_id, seq) e
      WHERE e.complaint_id = c.id`);
    await q.query(`
      UPDATE complaint c SET upheld_at = e.at
      FROM (SELECT DISTINCT ON (complaint_id) complaint_id, at FROM complaint_event WHERE type = 'dispute_upheld' ORDER BY complaint_id, seq) e
      WHERE e.complaint_id = c.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER complaint_scoring_times ON complaint_event`);
    await q.query(`DROP FUNCTION complaint_scoring_times`);
    await q.query(`ALTER TABLE complaint DROP COLUMN first_rating, DROP COLUMN first_rated_at, DROP COLUMN upheld_at`);
  }
}
