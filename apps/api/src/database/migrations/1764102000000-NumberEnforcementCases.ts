import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stable case number for the human reference a letter carries (ENF-2026-000123):
 * existing cases are numbered in the order they opened, new ones from a sequence.
 */
export class NumberEnforcementCases1764102000000 implements MigrationInterface {
  name = 'NumberEnforcementCases1764102000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE enforcement_case_number_seq`);
    await q.query(`ALTER TABLE enforcement_case ADD COLUMN number bigint`);
    await q.query(`
      UPDATE enforcement_case ec SET number = n.number
      FROM (SELECT id, row_number() OVER (ORDER BY opened_at, id) AS number FROM enforcement_case) n
      WHERE n.id = ec.id`);
    await q.query(`SELECT setval('enforcement_case_number_seq', COALESCE((SELECT max(number) FROM enforcement_case), 0) + 1, false)`);
    await q.query(`ALTER TABLE enforcement_case ALTER COLUMN number SET DEFAULT nextval('enforcement_case_number_seq'), ALTER COLUMN number SET NOT NULL`);
    await q.query(`ALTER SEQUENCE enforcement_case_number_seq OWNED BY enforcement_case.number`);
    await q.query(`CREATE UNIQUE INDEX enforcement_case_number_idx ON enforcement_case (number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX enforcement_case_number_idx`);
    await q.query(`ALTER TABLE enforcement_case DROP COLUMN number`);
  }
}
