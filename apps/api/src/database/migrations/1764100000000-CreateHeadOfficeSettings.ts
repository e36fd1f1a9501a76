import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Head office's settings: at most one row (its key can only be `true`); until an
 * admin saves them, readers get the defaults (no row is inserted here, so a
 * restored backup loads its own row). Name and postal address sign the letters; the
 * customer lifetime value, its ISO 4217 currency and the word-of-mouth multiplier
 * (DOMAIN.md: default 6) price revenue at risk. A lifetime value of 0 means not set yet.
 */
export class CreateHeadOfficeSettings1764100000000 implements MigrationInterface {
  name = 'CreateHeadOfficeSettings1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE head_office_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        name text NOT NULL,
        postal_address text NOT NULL,
        customer_lifetime_value numeric(14, 2) NOT NULL CHECK (customer_lifetime_value >= 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        word_of_mouth_multiplier numeric(6, 2) NOT NULL DEFAULT 6 CHECK (word_of_mouth_multiplier >= 0),
        updated_at timestamptz,
        updated_by text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE head_office_settings`);
  }
}
