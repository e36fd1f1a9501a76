import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Web push subscriptions: a browser (a staff member's phone) that opted in to
 * alerts. The endpoint is unique: a phone signed in by someone else moves to
 * them, so it never pages two people.
 */
export class CreatePushSubscriptions1764096000000 implements MigrationInterface {
  name = 'CreatePushSubscriptions1764096000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE push_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        endpoint text NOT NULL UNIQUE,
        p256dh text NOT NULL,
        auth text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX push_subscription_user_idx ON push_subscription (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE push_subscription`);
  }
}
