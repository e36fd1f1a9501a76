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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers the opaque session token; only its hash is stored. */
  async login(input: Login): Promise<{ token: string; user: AuthUser; expiresAt: Date }> {
    const row = await this.repo.userByEmail(this.ds.manager, input.email);
    dummyHash ??= hashPassword('not-a-real-password');
    const ok = await verifyPassword(row?.password_hash ?? (await dummyHash), input.password);
    if (!row || !ok || !row.active) throw authErrors.badCredentials();
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.SESSION_TTL_HOURS * 3_600_000);
    const user = toAuthUser(row);
    await this.ds.transaction(async (m) => {
      await this.repo.createSession(m, row.id, hashToken(token), now, expiresAt);
      await this.audit.append(m, { id: row.id, label: row.email }, { action: 'auth.login', entityType: 'user', entityId: row.id });
    });
    return { token, user, expiresAt };
  }

  async logout(token: string): Promise<void> {
    await this.repo.revokeSession(this.ds.manager, hashToken(token), this.clock.now());
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    const row = await this.repo.userBySession(this.ds.manager, hashToken(token), this.clock.now());
    return row ? toAuthUser(row) : null;
  }
}
