import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Login } from '@franscore/domain';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from '../time/clock';
import { AuditLogService } from '../audit-log/audit-log.service';
import { AuthRepository, toAuthUser } from './auth.repository';
import { AuthUser } from './auth-user';
import { authErrors } from './auth.errors';
import { hashPassword, verifyPassword } from './password';
import { SessionEvents } from './session-events';
import { afterFailure, SIGN_IN_BACKOFF, waitMs } from './sign-in-backoff';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Verified against when the email is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | null = null;

@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: AuthRepository,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
    private readonly sessions: SessionEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers the opaque session token; only its hash is stored. */
  async login(input: Login): Promise<{ token: string; user: AuthUser; expiresAt: Date }> {
    const email = input.email.toLowerCase();
    const now = this.clock.now();
    await this.spendTry(email, now);
    const row = await this.repo.userByEmail(this.ds.manager, input.email);
    dummyHash ??= hashPassword('not-a-real-password');
    const ok = await verifyPassword(row?.password_hash ?? (await dummyHash), input.password);
    if (!row || !ok || !row.active) throw authErrors.badCredentials();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.SESSION_TTL_HOURS * 3_600_000);
    const user = toAuthUser(row);
    await this.ds.transaction(async (m) => {
      await this.repo.createSession(m, row.id, hashToken(token), now, expiresAt);
      await this.repo.clearFailures(m, email);
      await this.repo.forgetFailuresBefore(m, new Date(now.getTime() - SIGN_IN_BACKOFF.forgetAfterMs));
      await this.audit.append(m, { id: row.id, label: row.email }, { action: 'auth.login', entityType: 'user', entityId: row.id });
    });
    return { token, user, expiresAt };
  }

  /**
   * Counts a try as failed before the password is checked (a success clears
   * it), so parallel guesses queue on the account's row and cannot all slip in
   * before the first failure is recorded. Keyed by e-mail whether or not the
   * account exists, so the backoff tells nothing about which ones do.
   */
  private async spendTry(email: string, now: Date): Promise<void> {
    await this.ds.transaction(async (m) => {
      await this.repo.ensureFailureRow(m, email, now);
      const state = await this.repo.failures(m, email, true);
      const wait = waitMs(state, now);
      if (wait > 0) throw authErrors.tooManyTries(Math.ceil(wait / 1000));
      await this.repo.saveFailures(m, email, afterFailure(state, now));
    });
  }

  async logout(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.repo.revokeSession(this.ds.manager, tokenHash, this.clock.now());
    this.sessions.sessionEnded(tokenHash);
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    const row = await this.repo.userBySession(this.ds.manager, hashToken(token), this.clock.now());
    return row ? toAuthUser(row) : null;
  }

  /** When the session ends, or null when it already has. */
  sessionExpiry(token: string): Promise<Date | null> {
    return this.repo.sessionExpiry(this.ds.manager, hashToken(token), this.clock.now());
  }
}
