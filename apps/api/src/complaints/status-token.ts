import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppSecrets } from '../database/app-secrets';

/**
 * The customer's private status link: the complaint reference plus a MAC of it.
 * Nothing to store, and a retried submission gets the same link back.
 */
@Injectable()
export class StatusTokens {
  constructor(private readonly secrets: AppSecrets) {}

  async tokenFor(reference: string): Promise<string> {
    return `${reference}.${await this.mac(reference)}`;
  }

  /** The reference a token stands for, or null when the token is not one of ours. */
  async referenceOf(token: string): Promise<string | null> {
    const dot = token.lastIndexOf('.');
    if (dot <= 0) return null;
    const reference = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1));
    const expected = Buffer.from(await this.mac(reference));
    return given.length === expected.length && timingSafeEqual(given, expected) ? reference : null;
  }

  private async mac(reference: string): Promise<string> {
    return createHmac('sha256', await this.secrets.get('status_link')).update(reference).digest('base64url').slice(0, 32);
  }
}
