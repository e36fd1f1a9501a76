import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { Observable, Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { DATABASE, DatabaseHandle } from '../database/embedded-database';
import { Alert } from './alert';

const CHANNEL = 'franscore_alerts';

/**
 * Carries committed alerts to every connected portal. In one process a Subject
 * is enough; on a PostgreSQL server, LISTEN/NOTIFY fans them out to every API
 * instance, this one included, so each alert is delivered once per instance.
 * The dedicated client only listens: a NOTIFY sent on it would queue behind
 * (or beside) whatever it is doing, which pg refuses from its next major
 * version, so notifications go out through the pool like any other query.
 */
@Injectable()
export class AlertBus implements OnModuleInit, OnModuleDestroy {
  private readonly subject = new Subject<Alert>();
  private listener: Client | null = null;
  private readonly log = new Logger('AlertBus');

  constructor(
    @Inject(DATABASE) private readonly db: DatabaseHandle,
    private readonly ds: DataSource,
  ) {}

  get alerts$(): Observable<Alert> {
    return this.subject.asObservable();
  }

  async onModuleInit(): Promise<void> {
    if (this.db.kind !== 'postgres') return;
    this.listener = new Client({ connectionString: this.db.url });
    this.listener.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) this.subject.next(JSON.parse(n.payload) as Alert);
    });
    this.listener.on('error', (e) => this.log.error(`listener: ${e.message}`));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
    this.subject.complete();
  }

  async publish(alert: Alert): Promise<void> {
    if (this.listener) await this.ds.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(alert)]);
    else this.subject.next(alert);
  }
}
