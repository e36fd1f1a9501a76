import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins per account (by lower-cased e-mail, known or not, so the
 * backoff says nothing about which accounts exist). Kept in the database so
 * every instance applies the same backoff.
 */
export class SignInFailures1764092000000 implements MigrationInterface {
  name = 'SignInFailures1764092000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_failure (
        email text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures >= 0),
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await q.query(`CREATE INDEX sign_in_failure_last_idx ON sign_in_failure (last_failure_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_failure`);
  }
}
