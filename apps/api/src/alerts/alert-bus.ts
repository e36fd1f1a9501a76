import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { Observable, Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { SessionEnded } from '../auth/session-events';
import { DATABASE, DatabaseHandle } from '../database/embedded-database';
import { HotStatement, hotStatements } from '../database/hot-statement';
import { Alert } from './alert';

const CHANNEL = 'franscore_alerts';
/** Its own channel, so an alert's payload stays what it was and an instance that does not listen loses nothing. */
const SESSIONS_CHANNEL = 'franscore_session_ends';

/**
 * Carries committed alerts to every connected portal. In one process a Subject
 * is enough; on a PostgreSQL server, LISTEN/NOTIFY fans them out to every API
 * instance, this one included, so each alert is delivered once per instance.
 * The dedicated client only listens: a NOTIFY sent on it would queue behind
 * (or beside) whatever it is doing, which pg refuses from its next major
 * version, so notifications go out through the pool like any other query.
 * Ended sessions travel the same way, so that a logout on one instance ends
 * the session's streams on every other at once.
 */
@Injectable()
export class AlertBus implements OnModuleInit, OnModuleDestroy {
  private readonly subject = new Subject<Alert>();
  private readonly sessionEnds = new Subject<SessionEnded>();
  private listener: Client | null = null;
  private readonly log = new Logger('AlertBus');
  /** Every public complaint raises an alert: its NOTIFY is one of intake's statements. */
  private readonly notify: HotStatement;

  constructor(
    @Inject(DATABASE) private readonly db: DatabaseHandle,
    private readonly ds: DataSource,
  ) {
    this.notify = hotStatements(ds, db);
  }

  get alerts$(): Observable<Alert> {
    return this.subject.asObservable();
  }

  /** Sessions ended on any instance, this one included; none in one process, where SessionEvents says it all. */
  get sessionEnds$(): Observable<SessionEnded> {
    return this.sessionEnds.asObservable();
  }

  async onModuleInit(): Promise<void> {
    if (this.db.kind !== 'postgres') return;
    this.listener = new Client({ connectionString: this.db.url });
    this.listener.on('notification', (n) => {
      if (!n.payload) return;
      if (n.channel === CHANNEL) this.subject.next(JSON.parse(n.payload) as Alert);
      else if (n.channel === SESSIONS_CHANNEL) this.sessionEnds.next(JSON.parse(n.payload) as SessionEnded);
    });
    this.listener.on('error', (e) => this.log.error(`listener: ${e.message}`));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${CHANNEL}; LISTEN ${SESSIONS_CHANNEL}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
    this.subject.complete();
    this.sessionEnds.complete();
  }

  async publish(alert: Alert): Promise<void> {
    if (this.listener) await this.notify('alert-notify', `SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(alert)]);
    else this.subject.next(alert);
  }

  async publishSessionEnded(ended: SessionEnded): Promise<void> {
    if (this.listener) await this.ds.query(`SELECT pg_notify($1, $2)`, [SESSIONS_CHANNEL, JSON.stringify(ended)]);
  }
}
