import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each day's order figure remembers where it came from: a person's CSV import
 * or a point-of-sale feed (and which one), so the location page and an auditor
 * can tell a typed-in number from the till's. Existing rows came by CSV, and a
 * writer that names no source (the bench's bulk seed) still means CSV.
 */
export class RecordOrderVolumeSource1764098000000 implements MigrationInterface {
  name = 'RecordOrderVolumeSource1764098000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_volume ADD COLUMN source text NOT NULL DEFAULT 'csv' CHECK (source IN ('csv', 'pos'))`);
    await q.query(`ALTER TABLE order_volume ADD COLUMN api_client_id uuid REFERENCES api_client(id)`);
    await q.query(`ALTER TABLE order_volume ADD CONSTRAINT order_volume_pos_client CHECK ((source = 'pos') = (api_client_id IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_volume DROP CONSTRAINT order_volume_pos_client`);
    await q.query(`ALTER TABLE order_volume DROP COLUMN api_client_id`);
    await q.query(`ALTER TABLE order_volume DROP COLUMN source`);
  }
}
