import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import type { Severity } from '@franscore/domain';
import { Alert, AlertKind } from '../alerts/alert';
import { AlertsService } from '../alerts/alerts.service';
import { Clock } from '../time/clock';
import { enqueueComplaintEvent } from '../webhooks/webhook-outbox';

/** Names the advisory lock that keeps several instances from sweeping at once. */
const SWEEP_LOCK = 7_210_002;
/** Breaches older than this raise no new alert (history imported or seeded after the fact). */
const ALERT_WINDOW_DAYS = 7;

export interface SweepResult {
  swept: boolean;
  acknowledgeBreaches: number;
  resolveBreaches: number;
  alerts: number;
}

/**
 * Marks SLA breaches whose due time has passed and raises their alerts. Due times
 * are kept current on every timeline event, so this is set-based SQL with no
 * business-time arithmetic, and running it twice changes nothing.
 */
@Injectable()
export class SlaSweepService {
  private readonly log = new Logger('SlaSweep');

  constructor(
    private readonly ds: DataSource,
    private readonly alerts: AlertsService,
    private readonly clock: Clock,
  ) {}

  @Interval(60_000)
  async scheduled(): Promise<void> {
    try {
      await this.sweep();
    } catch (e) {
      this.log.error(e instanceof Error ? e.message : e);
    }
  }

  async sweep(): Promise<SweepResult> {
    const now = this.clock.now();
    const outcome = await this.ds.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [SWEEP_LOCK]);
      if (!locked) return null;
      // Wrapped in SELECT: TypeORM answers a bare UPDATE ... RETURNING as [rows, count].
      const [{ n: ack }] = await m.query(
        `WITH u AS (UPDATE complaint SET ack_breached_at = ack_due_at
           WHERE ack_done_at IS NULL AND ack_breached_at IS NULL AND waiting_since IS NULL AND ack_due_at < $1 RETURNING 1)
         SELECT count(*)::int AS n FROM u`,
        [now],
      );
      const [{ n: resolve }] = await m.query(
        `WITH u AS (UPDATE complaint SET resolve_breached_at = resolve_due_at
           WHERE resolve_done_at IS NULL AND resolve_breached_at IS NULL AND waiting_since IS NULL AND resolve_due_at < $1 RETURNING 1)
         SELECT count(*)::int AS n FROM u`,
        [now],
      );
      // Breaches also get recorded when a late event lands first; alert on every recent one without an alert yet.
      const pending: Array<{ id: string; severity: Severity; kind: AlertKind; at: Date }> = await m.query(
        `SELECT id, severity, 'acknowledge_breached' AS kind, ack_breached_at AS at FROM complaint
           WHERE ack_breached_at > $1::timestamptz - make_interval(days => $2) AND dispute <> 'upheld'
             AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.complaint_id = complaint.id AND a.kind = 'acknowledge_breached')
         UNION ALL
         SELECT id, severity, 'resolve_breached', resolve_breached_at FROM complaint
           WHERE resolve_breached_at > $1::timestamptz - make_interval(days => $2) AND dispute <> 'upheld'
             AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.complaint_id = complaint.id AND a.kind = 'resolve_breached')`,
        [now, ALERT_WINDOW_DAYS],
      );
      const raised: Array<Alert | null> = [];
      for (const p of pending) {
        const alert = await this.alerts.raise(m, p.id, p.kind, p.severity, p.at);
        raised.push(alert);
        if (alert) await enqueueComplaintEvent(m, 'complaint.sla_breached', p.id, p.at, { clock: p.kind === 'acknowledge_breached' ? 'acknowledge' : 'resolve' });
      }
      return { ack: Number(ack), resolve: Number(resolve), raised };
    });
    if (!outcome) return { swept: false, acknowledgeBreaches: 0, resolveBreaches: 0, alerts: 0 };
    this.alerts.publish(outcome.raised);
    return { swept: true, acknowledgeBreaches: outcome.ack, resolveBreaches: outcome.resolve, alerts: outcome.raised.filter(Boolean).length };
  }
}
