import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateScoring1764070000000 implements MigrationInterface {
  name = 'CreateScoring1764070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE policy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        version integer UNIQUE,
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        rules jsonb NOT NULL,
        effective_from date,
        created_at timestamptz NOT NULL,
        published_at timestamptz,
        published_by uuid REFERENCES app_user(id),
        CHECK ((status = 'published') = (version IS NOT NULL AND effective_from IS NOT NULL AND published_at IS NOT NULL))
      )`);
    // A published policy is immutable: only drafts change.
    await q.query(`
      CREATE FUNCTION refuse_published_policy_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'published policy % is immutable', OLD.version USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER policy_published_immutable BEFORE UPDATE OR DELETE ON policy
      FOR EACH ROW EXECUTE FUNCTION refuse_published_policy_change()`);

    await q.query(`
      CREATE TABLE order_volume (
        location_id uuid NOT NULL REFERENCES location(id),
        day date NOT NULL,
        orders integer NOT NULL CHECK (orders >= 0),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (location_id, day)
      )`);

    await q.query(`
      CREATE TABLE audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL REFERENCES location(id),
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        auditor_id uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'finalized')),
        sample_seed integer NOT NULL,
        created_at timestamptz NOT NULL,
        submitted_at timestamptz,
        finalized_at timestamptz
      )`);
    await q.query(`CREATE INDEX audit_location_period_idx ON audit (location_id, period)`);
    await q.query(`
      CREATE TABLE audit_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        audit_id uuid NOT NULL REFERENCES audit(id),
        complaint_id uuid NOT NULL REFERENCES complaint(id),
        position integer NOT NULL,
        listen smallint CHECK (listen BETWEEN 0 AND 2),
        acknowledge smallint CHECK (acknowledge BETWEEN 0 AND 2),
        take_action smallint CHECK (take_action BETWEEN 0 AND 2),
        thank smallint CHECK (thank BETWEEN 0 AND 2),
        explain smallint CHECK (explain BETWEEN 0 AND 2),
        sincere_apology smallint CHECK (sincere_apology BETWEEN 0 AND 2),
        proportionate_compensation smallint CHECK (proportionate_compensation BETWEEN 0 AND 2),
        scored boolean NOT NULL DEFAULT false,
        score numeric,
        notes text,
        UNIQUE (audit_id, complaint_id)
      )`);
    await q.query(`
      CREATE TABLE audit_finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        audit_id uuid NOT NULL REFERENCES audit(id),
        text text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE audit_photo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES audit_finding(id),
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        storage_key text NOT NULL,
        created_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE scorecard (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL REFERENCES location(id),
        period text NOT NULL,
        policy_id uuid NOT NULL REFERENCES policy(id),
        policy_version integer NOT NULL,
        as_of timestamptz NOT NULL,
        overall numeric,
        band text CHECK (band IN ('good', 'watch', 'warning', 'closure')),
        provisional boolean NOT NULL,
        explanation jsonb NOT NULL,
        computed_at timestamptz NOT NULL,
        UNIQUE (location_id, period, policy_version, as_of)
      )`);
    await q.query(`CREATE INDEX scorecard_period_idx ON scorecard (period, location_id, as_of DESC)`);
    await q.query(`
      CREATE TRIGGER scorecard_append_only BEFORE UPDATE OR DELETE ON scorecard
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE TABLE scorecard_finalization (
        scorecard_id uuid PRIMARY KEY REFERENCES scorecard(id),
        finalized_by uuid REFERENCES app_user(id),
        finalized_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        params jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
        done integer NOT NULL DEFAULT 0,
        total integer NOT NULL DEFAULT 0,
        error text,
        started_at timestamptz NOT NULL,
        finished_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['job', 'scorecard_finalization', 'scorecard', 'audit_photo', 'audit_finding', 'audit_case', 'audit', 'order_volume', 'policy']) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP FUNCTION refuse_published_policy_change`);
  }
}
