import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DOMAIN.md "Playbooks": versioned per category and severity (`*` serves
 * every severity), immutable once published like scoring policies. The
 * default playbooks are published at first start, not here, so the text can
 * improve without editing a landed migration.
 */
export class CreatePlaybooks1764093000000 implements MigrationInterface {
  name = 'CreatePlaybooks1764093000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE playbook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('*', 'minor', 'major', 'critical')),
        version integer,
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES app_user(id),
        published_at timestamptz,
        published_by uuid REFERENCES app_user(id),
        CHECK ((status = 'published') = (version IS NOT NULL AND published_at IS NOT NULL)),
        UNIQUE (category, severity, version)
      )`);
    await q.query(`
      CREATE FUNCTION refuse_published_playbook_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'published playbook % % v% is immutable', OLD.category, OLD.severity, OLD.version USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER playbook_published_immutable BEFORE UPDATE OR DELETE ON playbook
      FOR EACH ROW EXECUTE FUNCTION refuse_published_playbook_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE playbook`);
    await q.query(`DROP FUNCTION refuse_published_playbook_change`);
  }
}
