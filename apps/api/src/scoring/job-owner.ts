import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DATABASE, DatabaseHandle } from '../database/embedded-database';
import { JOB_OWNER_LOCKS } from './jobs.repository';

const newKey = () => randomInt(1, 2 ** 31 - 1);
const RETRY_MAX_MS = 30_000;

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
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(DATABASE) private readonly db: DatabaseHandle,
    private readonly ds: DataSource,
  ) {}

  get key(): number {
    return this.ownerKey;
  }

  async onModuleInit(): Promise<void> {
    if (this.db.kind === 'postgres') {
      // A key another live instance drew already is drawn again.
      do this.ownerKey = newKey();
      while (!(await this.hold()));
      return;
    }
    // PGlite is one session, open in this process only: a lock taken through the pool lasts until it closes.
    this.ownerKey = newKey();
    await this.ds.query(`SELECT pg_advisory_lock($1, $2)`, [JOB_OWNER_LOCKS, this.ownerKey]);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.db.kind === 'postgres') await this.session?.end().catch(() => undefined);
    else await this.ds.query(`SELECT pg_advisory_unlock($1, $2)`, [JOB_OWNER_LOCKS, this.ownerKey]).catch(() => undefined);
  }

  /** Opens the owner session and takes the key's lock; false when another session holds it. */
  private async hold(): Promise<boolean> {
    const session = new Client({ connectionString: this.db.url });
    session.on('error', (e) => this.log.error(`owner session: ${e.message}`));
    await session.connect();
    const held = await session
      .query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1, $2) AS ok`, [JOB_OWNER_LOCKS, this.ownerKey])
      .then(({ rows }) => rows[0]?.ok === true)
      .catch(async (e: unknown) => {
        await session.end().catch(() => undefined);
        throw e;
      });
    if (!held || this.stopped) {
      await session.end();
      return held;
    }
    // A lost session lets go of the lock, and this process's jobs would look dead: take it back under the same key.
    session.once('end', () => {
      this.session = null;
      if (!this.stopped) this.reconnect(1_000);
    });
    this.session = session;
    return true;
  }

  private reconnect(delay: number): void {
    this.retry = setTimeout(() => {
      this.hold()
        .then((held) => {
          if (held) this.log.log('owner lock taken back');
          else this.log.error(`owner key ${this.ownerKey} is held by another session`);
        })
        .catch((e: unknown) => {
          this.log.warn(`owner session: ${e instanceof Error ? e.message : e}; retrying`);
          if (!this.stopped) this.reconnect(Math.min(delay * 2, RETRY_MAX_MS));
        });
    }, delay);
  }
}
