import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Mail, Mailer } from '../notifications/mailer';
import { Clock } from '../time/clock';
import { dueReminders, ReminderKind } from './reminder-rules';

const SUBJECT: Record<ReminderKind, string> = {
  cap_due_soon: 'Corrective-action plan due soon',
  cap_overdue: 'Corrective-action plan overdue',
  cure_due_soon: 'Cure period ends soon',
  cure_overdue: 'Cure period has ended',
};
const REMINDER_LOCK = 7_210_005;

interface OpenCaseRow {
  id: string;
  code: string;
  name: string;
  level: 'warning' | 'final_warning' | 'closure_review';
  cap_deadline: Date;
  cure_deadline: Date;
  has_plan: boolean;
  franchisee_emails: string[];
  manager_emails: string[];
}

/**
 * Reminders before and after the plan and cure deadlines: each (case, kind)
 * once, recorded before the mail goes out. Franchisees always; the regional
 * manager too once a deadline is missed.
 */
@Injectable()
export class RemindersService {
  private readonly log = new Logger('Reminders');

  constructor(
    private readonly ds: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Interval(15 * 60_000)
  async scheduled(): Promise<void> {
    try {
      await this.run();
    } catch (e) {
      this.log.error(e instanceof Error ? e.message : e);
    }
  }

  async run(): Promise<Array<{ caseId: string; kind: ReminderKind }>> {
    const now = this.clock.now();
    const mails: Mail[] = [];
    const sent = await this.ds.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [REMINDER_LOCK]);
      if (!locked) return [];
      const cases: OpenCaseRow[] = await m.query(
        `SELECT ec.id, l.code, l.name, ec.level, ec.cap_deadline, ec.cure_deadline,
                EXISTS (SELECT 1 FROM corrective_plan p WHERE p.case_id = ec.id AND p.status IN ('submitted', 'accepted')) AS has_plan,
                ARRAY(SELECT u.email FROM app_user u WHERE u.role = 'franchisee' AND u.active AND u.franchisee_id = l.franchisee_id) AS franchisee_emails,
                ARRAY(SELECT u.email FROM app_user u JOIN user_region ur ON ur.user_id = u.id
                      WHERE u.role = 'regional_manager' AND u.active AND ur.region_id = l.region_id) AS manager_emails
         FROM enforcement_case ec JOIN location l ON l.id = ec.location_id WHERE ec.status = 'open'`,
      );
      const out: Array<{ caseId: string; kind: ReminderKind }> = [];
      for (const c of cases) {
        for (const kind of dueReminders({ id: c.id, capDeadline: c.cap_deadline, cureDeadline: c.cure_deadline, hasPlan: c.has_plan, level: c.level }, now)) {
          const fresh: unknown[] = await m.query(
            `INSERT INTO reminder_sent (case_id, kind, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING case_id`,
            [c.id, kind, now],
          );
          if (!fresh.length) continue;
          out.push({ caseId: c.id, kind });
          const overdue = kind.endsWith('overdue');
          mails.push({
            to: [...c.franchisee_emails, ...(overdue ? c.manager_emails : [])],
            subject: `${SUBJECT[kind]}: ${c.code}`,
            text: [
              `${SUBJECT[kind]} for ${c.code} ${c.name} (${c.level.replace('_', ' ')}).`,
              `Plan due: ${c.cap_deadline.toISOString().slice(0, 10)}. Cure deadline: ${c.cure_deadline.toISOString().slice(0, 10)}.`,
              `Open the case: ${this.config.PUBLIC_URL ?? ''}/enforcement/${c.id}`,
            ].join('\n'),
          });
        }
      }
      return out;
    });
    for (const mail of mails) {
      // The reminder is already in the inbox; a mail server outage loses no information.
      await this.mailer.send(mail).catch((e: Error) => this.log.warn(`mail not sent: ${e.message}`));
    }
    return sent;
  }
}
