import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNetwork1764050000000 implements MigrationInterface {
  name = 'CreateNetwork1764050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE franchisee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        legal_name text NOT NULL,
        contact_email text,
        contact_phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        address text NOT NULL,
        region_id uuid NOT NULL REFERENCES region(id),
        franchisee_id uuid NOT NULL REFERENCES franchisee(id),
        time_zone text NOT NULL,
        business_hours jsonb NOT NULL,
        status text NOT NULL DEFAULT 'active'
          CHECK (status IN ('active', 'on_watch', 'suspended', 'closed')),
        growth_eligible boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX location_region_idx ON location (region_id)`);
    await q.query(`CREATE INDEX location_franchisee_idx ON location (franchisee_id)`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL
          CHECK (role IN ('admin', 'auditor', 'regional_manager', 'franchisee', 'location_staff')),
        active boolean NOT NULL DEFAULT true,
        franchisee_id uuid REFERENCES franchisee(id),
        location_id uuid REFERENCES location(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_idx ON app_user (lower(email))`);
    await q.query(`
      CREATE TABLE user_region (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id),
        PRIMARY KEY (user_id, region_id)
      )`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
    // Append-only: code never updates or deletes, and the database refuses it too.
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION refuse_change`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE user_region`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE location`);
    await q.query(`DROP TABLE franchisee`);
    await q.query(`DROP TABLE region`);
  }
}
