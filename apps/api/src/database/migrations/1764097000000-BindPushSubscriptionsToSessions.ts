import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A phone's push subscription belongs to the session that opted it in (or
 * last re-bound it): signing out there stops its pager, so a shared phone
 * handed over after sign-out shows no one's complaints on its lock screen.
 * Rows from before have no session and page as before, until re-bound.
 */
export class BindPushSubscriptionsToSessions1764097000000 implements MigrationInterface {
  name = 'BindPushSubscriptionsToSessions1764097000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE push_subscription ADD COLUMN session_id uuid REFERENCES user_session(id) ON DELETE CASCADE`);
    await q.query(`CREATE INDEX push_subscription_session_idx ON push_subscription (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX push_subscription_session_idx`);
    await q.query(`ALTER TABLE push_subscription DROP COLUMN session_id`);
  }
}
