import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DATABASE, DatabaseHandle } from '../database/embedded-database';
import { JOB_OWNER_LOCKS } from './jobs.repository';

const newKey = () => randomInt(1, 2 ** 31 - 1);

/**
 * This process as the owner of the jobs it runs: a random key, and a session
 * advisory lock on it held for the process's life. Any instance can then tell
 * a dead owner's job (nobody holds its lock) from a live one's.
 */
@Injectable()
export class JobOwner implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('JobOwner');
  private ownerKey = 0;
  /** On a server the lock needs a session of its own: a pooled one is closed when idle. */
  private session: Client | null = null;

  constructor(
    @Inject(DATABASE) private readonly db: DatabaseHandle,
    private readonly ds: DataSource,
  ) {}

  get key(): number {
    return this.ownerKey;
  }

  async onModuleInit(): Promise<void> {
    if (this.db.kind === 'postgres') {
      const session = new Client({ connectionString: this.db.url });
      session.on('error', (e) => this.log.error(`owner session: ${e.message}`));
      await session.connect();
      this.session = session;
      // A key another live instance drew already is drawn again.
      for (;;) {
        const key = newKey();
        const { rows } = await session.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1, $2) AS ok`, [JOB_OWNER_LOCKS, key]);
        if (rows[0]?.ok) {
          this.ownerKey = key;
          return;
        }
      }
    }
    // PGlite is one session, open in this process only: a lock taken through the pool lasts until it closes.
    this.ownerKey = newKey();
    await this.ds.query(`SELECT pg_advisory_lock($1, $2)`, [JOB_OWNER_LOCKS, this.ownerKey]);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.session) await this.session.end().catch(() => undefined);
    else await this.ds.query(`SELECT pg_advisory_unlock($1, $2)`, [JOB_OWNER_LOCKS, this.ownerKey]).catch(() => undefined);
  }
}
