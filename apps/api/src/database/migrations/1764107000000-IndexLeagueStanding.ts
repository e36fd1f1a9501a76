import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The league's default page is the top of a period by its standing overall: in
 * this order the page is the first rows of the index (ties broken by location
 * code on just those rows), and a page's network ranks count only the ranked
 * rows above its lowest score, where the page and its ranks sorted and ranked
 * every location of the period to show 50.
 */
export class IndexLeagueStanding1764107000000 implements MigrationInterface {
  name = 'IndexLeagueStanding1764107000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX scorecard_standing_league_idx ON scorecard_standing (period, standing_overall DESC NULLS LAST)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX scorecard_standing_league_idx`);
  }
}
