import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API clients (in-store buttons, partners, point-of-sale feeds) hold tokens an
 * admin issued; only the token's sha256 is kept. Their complaints remember the
 * client, and their idempotency keys are unique per (client, key). Complaints
 * also take the customer's order number and visit time.
 */
export class CreateApiClients1764094000000 implements MigrationInterface {
  name = 'CreateApiClients1764094000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_client (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('in_store_button', 'partner', 'pos')),
        channel text CHECK (channel IN ('in_store_button', 'delivery_partner', 'app')),
        location_id uuid REFERENCES location(id),
        token_hash text NOT NULL UNIQUE,
        token_prefix text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz,
        CHECK (kind <> 'in_store_button' OR (channel = 'in_store_button' AND location_id IS NOT NULL)),
        CHECK (kind <> 'partner' OR (channel IN ('delivery_partner', 'app') AND location_id IS NULL)),
        CHECK (kind <> 'pos' OR channel IS NULL)
      )`);
    await q.query(`ALTER TABLE complaint ADD COLUMN api_client_id uuid REFERENCES api_client(id)`);
    await q.query(`ALTER TABLE complaint ADD COLUMN order_number text`);
    await q.query(`ALTER TABLE complaint ADD COLUMN visited_at timestamptz`);
    await q.query(`CREATE UNIQUE INDEX complaint_client_key_idx ON complaint (api_client_id, idempotency_key) WHERE api_client_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX complaint_client_key_idx`);
    await q.query(`ALTER TABLE complaint DROP COLUMN visited_at`);
    await q.query(`ALTER TABLE complaint DROP COLUMN order_number`);
    await q.query(`ALTER TABLE complaint DROP COLUMN api_client_id`);
    await q.query(`DROP TABLE api_client`);
  }
}
