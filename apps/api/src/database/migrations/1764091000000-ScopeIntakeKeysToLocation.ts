import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymous intake keys were unique per channel across the network, so the same
 * key at another location answered the first customer's receipt. They are now
 * unique per (location, key) for the public web form, and each complaint keeps
 * the hash of the request that filed it, so the same key with another body is a
 * conflict (Stripe's rule).
 *
 * Existing rows: public-form keys were unique network-wide, so they are unique
 * per location too and the new index builds without touching them. Their
 * request hash is unknown (NULL): a late retry of one answers 409, never a
 * receipt it cannot prove is its own. Rows from other channels, imports and the
 * seed keep their keys but leave the index: anonymous callers can no longer
 * file on those channels, and API clients will key theirs per client.
 */
export class ScopeIntakeKeysToLocation1764091000000 implements MigrationInterface {
  name = 'ScopeIntakeKeysToLocation1764091000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaint ADD COLUMN request_hash text`);
    await q.query(`ALTER TABLE complaint DROP CONSTRAINT complaint_channel_idempotency_key_key`);
    await q.query(`CREATE UNIQUE INDEX complaint_public_key_idx ON complaint (location_id, idempotency_key) WHERE channel = 'qr_form'`);
  }

  /** Fails if a key was reused at two locations meanwhile: those complaints must be looked at by hand. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX complaint_public_key_idx`);
    await q.query(`ALTER TABLE complaint ADD CONSTRAINT complaint_channel_idempotency_key_key UNIQUE (channel, idempotency_key)`);
    await q.query(`ALTER TABLE complaint DROP COLUMN request_hash`);
  }
}
