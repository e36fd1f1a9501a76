import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The league ranks and sorts every location of a period by its standing card's
 * overall: reading that from the card meant one probe into the (wide, growing)
 * scorecard table per location, twice (the page and the network rank), on every
 * page. The pointer row now carries its standing card's overall, band and
 * provisional flag, set by a trigger whenever the row comes to point at another
 * card (a recompute's publish, a finalization), in the same statement: a league
 * page reads the narrow pointer rows only. Cards never change, so the copy
 * cannot drift from the card it names.
 */
export class KeepStandingScore1764103200000 implements MigrationInterface {
  name = 'KeepStandingScore1764103200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE scorecard_standing ADD COLUMN standing_overall numeric, ADD COLUMN standing_band text, ADD COLUMN standing_provisional boolean`);
    await q.query(`
      CREATE FUNCTION scorecard_standing_score() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR COALESCE(NEW.official_id, NEW.latest_id) IS DISTINCT FROM COALESCE(OLD.official_id, OLD.latest_id) THEN
          SELECT c.overall, c.band, c.provisional INTO NEW.standing_overall, NEW.standing_band, NEW.standing_provisional
          FROM scorecard c WHERE c.id = COALESCE(NEW.official_id, NEW.latest_id);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER scorecard_standing_score BEFORE INSERT OR UPDATE ON scorecard_standing FOR EACH ROW EXECUTE FUNCTION scorecard_standing_score()`);
    await q.query(`
      UPDATE scorecard_standing st SET standing_overall = c.overall, standing_band = c.band, standing_provisional = c.provisional
      FROM scorecard c WHERE c.id = st.standing_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER scorecard_standing_score ON scorecard_standing`);
    await q.query(`DROP FUNCTION scorecard_standing_score`);
    await q.query(`ALTER TABLE scorecard_standing DROP COLUMN standing_overall, DROP COLUMN standing_band, DROP COLUMN standing_provisional`);
  }
}
