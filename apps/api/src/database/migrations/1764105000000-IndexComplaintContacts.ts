import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DOMAIN.md "Bad-faith signals" meet one customer's complaints by contact: the
 * e-mail in lower case and the phone's digits, the same keys as
 * `contactKeys()` of libs/scoring. Partial, so complaints without a contact
 * (most of them) cost the indexes nothing.
 */
export class IndexComplaintContacts1764105000000 implements MigrationInterface {
  name = 'IndexComplaintContacts1764105000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX complaint_contact_email_idx ON complaint ((lower(btrim(contact->>'email'))), received_at) WHERE contact->>'email' IS NOT NULL`);
    await q.query(`CREATE INDEX complaint_contact_phone_idx ON complaint ((regexp_replace(contact->>'phone', '\\D', '', 'g')), received_at) WHERE contact->>'phone' IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX complaint_contact_phone_idx');
    await q.query('DROP INDEX complaint_contact_email_idx');
  }
}
