import { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const CHANNELS = ['in_store_button', 'qr_form', 'phone', 'email', 'app', 'delivery_partner', 'social'];
const CATEGORIES = ['food_quality', 'wait_time', 'staff_behaviour', 'order_accuracy', 'hygiene', 'safety', 'billing', 'delivery', 'other'];
const SEVERITIES = ['minor', 'major', 'critical'];
const EVENTS = [
  'acknowledged', 'apologized', 'compensation_offered', 'action_taken', 'escalated', 'customer_contacted',
  'waiting_on_customer', 'customer_replied', 'resolved', 'reopened', 'followup_rating',
  'dispute_filed', 'dispute_upheld', 'dispute_rejected',
];

export class CreateComplaints1764060000000 implements MigrationInterface {
  name = 'CreateComplaints1764060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_secret (name text PRIMARY KEY, value text NOT NULL)`);
    await q.query(`
      CREATE TABLE complaint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        location_id uuid NOT NULL REFERENCES location(id),
        channel text NOT NULL CHECK (channel IN (${list(CHANNELS)})),
        category text NOT NULL CHECK (category IN (${list(CATEGORIES)})),
        severity text NOT NULL CHECK (severity IN (${list(SEVERITIES)})),
        received_at timestamptz NOT NULL,
        description text NOT NULL,
        remedy_sought text,
        contact jsonb,
        idempotency_key text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'resolved', 'closed')),
        ack_due_at timestamptz,
        ack_done_at timestamptz,
        ack_breached_at timestamptz,
        resolve_due_at timestamptz,
        resolve_done_at timestamptz,
        resolve_breached_at timestamptz,
        waiting_since timestamptz,
        rating smallint CHECK (rating BETWEEN 1 AND 5),
        dispute text NOT NULL DEFAULT 'none' CHECK (dispute IN ('none', 'pending', 'upheld', 'rejected')),
        event_count integer NOT NULL DEFAULT 0,
        UNIQUE (channel, idempotency_key)
      )`);
    await q.query(`CREATE INDEX complaint_location_received_idx ON complaint (location_id, received_at)`);
    await q.query(`CREATE INDEX complaint_received_idx ON complaint (received_at)`);
    await q.query(`CREATE INDEX complaint_ack_due_idx ON complaint (ack_due_at) WHERE ack_done_at IS NULL AND ack_breached_at IS NULL`);
    await q.query(`CREATE INDEX complaint_resolve_due_idx ON complaint (resolve_due_at) WHERE resolve_done_at IS NULL AND resolve_breached_at IS NULL`);
    await q.query(`
      CREATE TABLE complaint_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL REFERENCES complaint(id),
        seq integer NOT NULL,
        type text NOT NULL CHECK (type IN (${list(EVENTS)})),
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_label text NOT NULL,
        note text,
        data jsonb NOT NULL DEFAULT '{}',
        UNIQUE (complaint_id, seq)
      )`);
    await q.query(`
      CREATE TRIGGER complaint_event_append_only BEFORE UPDATE OR DELETE ON complaint_event
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('complaint_received', 'acknowledge_breached', 'resolve_breached')),
        complaint_id uuid NOT NULL REFERENCES complaint(id),
        location_id uuid NOT NULL REFERENCES location(id),
        roles text[] NOT NULL,
        at timestamptz NOT NULL,
        UNIQUE (complaint_id, kind)
      )`);
    await q.query(`CREATE INDEX alert_location_at_idx ON alert (location_id, at)`);
    await q.query(`CREATE TABLE alert_cursor (user_id uuid PRIMARY KEY REFERENCES app_user(id), read_until timestamptz NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alert_cursor`);
    await q.query(`DROP TABLE alert`);
    await q.query(`DROP TABLE complaint_event`);
    await q.query(`DROP TABLE complaint`);
    await q.query(`DROP TABLE app_secret`);
  }
}
