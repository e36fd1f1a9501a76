import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer's photo from the public form: one per complaint, a file under
 * the data folder (as audit photos are), its key and what it is kept here.
 * All three columns or none.
 */
export class AddComplaintPhotos1764097100000 implements MigrationInterface {
  name = 'AddComplaintPhotos1764097100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE complaint
        ADD COLUMN photo_key text,
        ADD COLUMN photo_content_type text,
        ADD COLUMN photo_size_bytes integer,
        ADD CONSTRAINT complaint_photo_whole CHECK ((photo_key IS NULL) = (photo_content_type IS NULL) AND (photo_key IS NULL) = (photo_size_bytes IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE complaint DROP CONSTRAINT complaint_photo_whole, DROP COLUMN photo_size_bytes, DROP COLUMN photo_content_type, DROP COLUMN photo_key`);
  }
}
