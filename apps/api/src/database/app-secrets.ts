import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * Secrets generated once and kept in the database, so links survive restarts
 * and every instance on one database agrees on them.
 */
@Injectable()
export class AppSecrets {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(private readonly ds: DataSource) {}

  /** `generate` makes the value the first time (32 random bytes in hex unless a secret needs a shape of its own). */
  get(name: string, generate: () => string = () => randomBytes(32).toString('hex')): Promise<string> {
    let secret = this.cache.get(name);
    if (!secret) {
      secret = this.load(name, generate);
      this.cache.set(name, secret);
    }
    return secret;
  }

  private async load(name: string, generate: () => string): Promise<string> {
    await this.ds.query(`INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, generate()]);
    const [{ value }] = await this.ds.query(`SELECT value FROM app_secret WHERE name = $1`, [name]);
    return value as string;
  }
}
