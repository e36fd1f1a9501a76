import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `('warning', 'final_warning', 'closure_review')`;

export class CreateEnforcement1764080000000 implements MigrationInterface {
  name = 'CreateEnforcement1764080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE enforcement_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL REFERENCES location(id),
        level text NOT NULL CHECK (level IN ${LEVELS}),
        status text NOT NULL CHECK (status IN ('open', 'ended')),
        outcome text CHECK (outcome IN ('cured', 'closed', 'dismissed', 'lifted', 'withdrawn')),
        opened_at timestamptz NOT NULL,
        cure_deadline timestamptz NOT NULL,
        cap_deadline timestamptz NOT NULL,
        ended_at timestamptz,
        strike boolean NOT NULL DEFAULT true,
        CHECK ((status = 'ended') = (outcome IS NOT NULL AND ended_at IS NOT NULL))
      )`);
    // At most one open case per location, whatever races.
    await q.query(`CREATE UNIQUE INDEX enforcement_case_open_idx ON enforcement_case (location_id) WHERE status = 'open'`);
    await q.query(`
      CREATE TABLE enforcement_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES enforcement_case(id),
        seq integer NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_label text NOT NULL,
        action text NOT NULL,
        from_level text CHECK (from_level IN ${LEVELS}),
        to_level text CHECK (to_level IN ${LEVELS}),
        reason text NOT NULL,
        scorecard_id uuid REFERENCES scorecard(id),
        UNIQUE (case_id, seq)
      )`);
    await q.query(`CREATE TRIGGER enforcement_event_append_only BEFORE UPDATE OR DELETE ON enforcement_event FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    // Which scorecards the state machine has already read, so a rerun never acts twice on one card.
    await q.query(`CREATE TABLE enforcement_evaluation (scorecard_id uuid PRIMARY KEY REFERENCES scorecard(id), at timestamptz NOT NULL, step text NOT NULL)`);
    await q.query(`
      CREATE TABLE corrective_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES enforcement_case(id),
        status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned')),
        submitted_at timestamptz NOT NULL,
        submitted_by uuid REFERENCES app_user(id),
        reviewed_at timestamptz,
        reviewed_by uuid REFERENCES app_user(id),
        review_comment text
      )`);
    await q.query(`
      CREATE TABLE corrective_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES corrective_plan(id),
        position integer NOT NULL,
        description text NOT NULL,
        owner text NOT NULL,
        due_date date NOT NULL,
        done_at timestamptz,
        evidence text
      )`);
    await q.query(`
      CREATE TABLE appeal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES enforcement_case(id),
        level text NOT NULL CHECK (level IN ${LEVELS}),
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'upheld', 'rejected')),
        filed_at timestamptz NOT NULL,
        filed_by uuid REFERENCES app_user(id),
        ruling text,
        ruled_at timestamptz,
        ruled_by uuid REFERENCES app_user(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX appeal_pending_idx ON appeal (case_id) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE closure_recommendation (
        case_id uuid PRIMARY KEY REFERENCES enforcement_case(id),
        recommendation text NOT NULL CHECK (recommendation IN ('close', 'extend', 'dismiss')),
        reason text NOT NULL,
        at timestamptz NOT NULL,
        by_id uuid REFERENCES app_user(id),
        by_label text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id),
        period text NOT NULL,
        manager_id uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL CHECK (status IN ('open', 'finished')),
        created_at timestamptz NOT NULL,
        finished_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE review_decision (
        review_id uuid NOT NULL REFERENCES review(id),
        location_id uuid NOT NULL REFERENCES location(id),
        decision text NOT NULL CHECK (decision IN ('no_action', 'watch', 'issue_warning', 'escalate', 'lift_warning', 'recommend_closure')),
        notes text NOT NULL,
        decided_at timestamptz NOT NULL,
        PRIMARY KEY (review_id, location_id)
      )`);
    await q.query(`CREATE TABLE reminder_sent (case_id uuid NOT NULL REFERENCES enforcement_case(id), kind text NOT NULL, sent_at timestamptz NOT NULL, PRIMARY KEY (case_id, kind))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['reminder_sent', 'review_decision', 'review', 'closure_recommendation', 'appeal', 'corrective_action', 'corrective_plan', 'enforcement_evaluation', 'enforcement_event', 'enforcement_case']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
