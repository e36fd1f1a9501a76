import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outgoing webhooks. Endpoints an admin registered (with the secret that signs
 * their deliveries: it has to be kept to sign, so it is stored as generated and
 * shown only at creation and rotation); events written in the transaction of
 * the change that caused them (the outbox); one delivery per event and
 * subscribed endpoint, claimed by a worker with FOR UPDATE SKIP LOCKED; and one
 * row per attempt for the delivery log.
 */
export class CreateWebhooks1764099000000 implements MigrationInterface {
  name = 'CreateWebhooks1764099000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        active boolean NOT NULL DEFAULT true,
        secret text NOT NULL,
        secret_created_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE webhook_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES webhook_event(id),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        replay_of uuid REFERENCES webhook_delivery(id),
        CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
      )`);
    // The worker's claim reads only what is due: a small partial index however long the log grows.
    await q.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE webhook_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES webhook_delivery(id),
        attempt int NOT NULL,
        started_at timestamptz NOT NULL,
        duration_ms int NOT NULL,
        status_code int,
        error text,
        next_attempt_at timestamptz,
        UNIQUE (delivery_id, attempt)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_attempt`);
    await q.query(`DROP TABLE webhook_delivery`);
    await q.query(`DROP TABLE webhook_event`);
    await q.query(`DROP TABLE webhook_endpoint`);
  }
}
