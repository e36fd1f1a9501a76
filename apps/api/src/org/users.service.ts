import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkUserAssignments, CreateUser, Page, PasswordReset, SessionsEnded, UpdateUser, User, UserQuery } from '@franscore/domain';
import { z } from 'zod';
import { AuditLogService, Actor } from '../audit-log/audit-log.service';
import { hashPassword } from '../auth/password';
import { assertPasswordAllowed } from '../auth/password-policy';
import { temporaryPasswordFor } from './temporary-password';
import { SessionEvents } from '../auth/session-events';
import { Clock } from '../time/clock';
import { AppError } from '../errors/app-error';
import { zodDetails } from '../errors/zod-details';
import { UsersRepository } from './users.repository';
import { orgErrors } from './org.errors';
import { UserEntity } from './entities/user.entity';

/** What a role does not use is cleared, so a changed role never keeps a stale scope. */
function normalizeAssignments<T extends { role: User['role']; regionIds: string[]; franchiseeId: string | null; locationId: string | null }>(u: T): T {
  return {
    ...u,
    regionIds: u.role === 'regional_manager' ? u.regionIds : [],
    franchiseeId: u.role === 'franchisee' ? u.franchiseeId : null,
    locationId: u.role === 'location_staff' ? u.locationId : null,
  };
}


@Injectable()
export class UsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: UsersRepository,
    private readonly audit: AuditLogService,
    private readonly sessions: SessionEvents,
    private readonly clock: Clock,
  ) {}

  list(q: UserQuery): Promise<Page<User>> {
    return this.repo.list(this.ds.manager, q);
  }

  async get(id: string): Promise<User> {
    return (await this.repo.byId(this.ds.manager, id)) ?? Promise.reject(orgErrors.userNotFound());
  }

  async create(actor: Actor, input: CreateUser): Promise<User> {
    const { password, ...rest } = normalizeAssignments(input);
    assertPasswordAllowed(password, input);
    const passwordHash = await hashPassword(password);
    return this.ds.transaction(async (m) => {
        const saved = await m.save(UserEntity, m.create(UserEntity, { ...rest, passwordHash, active: true }));
        await this.repo.setRegions(m, saved.id, rest.regionIds);
        const after = (await this.repo.byId(m, saved.id)) as User;
        await this.audit.append(m, actor, { action: 'user.created', entityType: 'user', entityId: saved.id, after });
        return after;
      });
  }

  /**
   * A one-time temporary password, in this answer only (the user's sessions end,
   * so whoever held them signs in again). It follows the password policy like any other.
   */
  async resetPassword(actor: Actor, id: string): Promise<PasswordReset> {
    const user = await this.get(id);
    const temporaryPassword = temporaryPasswordFor(user);
    const passwordHash = await hashPassword(temporaryPassword);
    const sessionsEnded = await this.ds.transaction(async (m) => {
      if (!(await this.repo.byId(m, id))) throw orgErrors.userNotFound();
      await m.update(UserEntity, id, { passwordHash, updatedAt: new Date() });
      const ended = await this.repo.revokeSessions(m, id, this.clock.now());
      await this.audit.append(m, actor, { action: 'user.password_reset', entityType: 'user', entityId: id, after: { email: user.email, sessionsEnded: ended } });
      return ended;
    });
    this.sessions.userSessionsEnded(id);
    return { user, temporaryPassword, sessionsEnded };
  }

  /** Signs the user out everywhere: every live session ends now. */
  async endSessions(actor: Actor, id: string): Promise<SessionsEnded> {
    const sessionsEnded = await this.ds.transaction(async (m) => {
      const user = await this.repo.byId(m, id);
      if (!user) throw orgErrors.userNotFound();
      const ended = await this.repo.revokeSessions(m, id, this.clock.now());
      await this.audit.append(m, actor, { action: 'user.sessions_ended', entityType: 'user', entityId: id, after: { email: user.email, sessionsEnded: ended } });
      return ended;
    });
    this.sessions.userSessionsEnded(id);
    return { sessionsEnded };
  }

  async update(actor: Actor, id: string, input: UpdateUser): Promise<User> {
    if (input.password) {
      const current = await this.get(id);
      assertPasswordAllowed(input.password, { email: current.email, displayName: input.displayName ?? current.displayName });
    }
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    let revoked = false;
    const after = await this.ds.transaction(async (m) => {
        const before = await this.repo.byId(m, id);
        if (!before) throw orgErrors.userNotFound();
        const { password: _password, ...changes } = input;
        const merged = normalizeAssignments({ ...before, ...changes });
        const check = z.object({}).superRefine((_, ctx) => checkUserAssignments(merged, ctx)).safeParse({});
        if (!check.success) throw orgErrors.invalid(zodDetails(check.error));
        if (before.role === 'admin' && (merged.role !== 'admin' || !merged.active) && (await this.repo.adminCount(m)) <= 1) {
          throw new AppError('user.last_admin', 'conflict', 'The last active admin cannot be demoted or deactivated');
        }
        await m.update(UserEntity, id, {
          displayName: merged.displayName,
          role: merged.role,
          active: merged.active,
          franchiseeId: merged.franchiseeId,
          locationId: merged.locationId,
          updatedAt: new Date(),
          ...(passwordHash ? { passwordHash } : {}),
        });
        await this.repo.setRegions(m, id, merged.regionIds);
        // A changed role, scope or password must not ride on sessions opened before it.
        if (passwordHash || merged.role !== before.role || !merged.active || String(merged.regionIds) !== String(before.regionIds) || merged.franchiseeId !== before.franchiseeId || merged.locationId !== before.locationId) {
          await m.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
          revoked = true;
        }
        const after = (await this.repo.byId(m, id)) as User;
        await this.audit.append(m, actor, {
          action: 'user.updated',
          entityType: 'user',
          entityId: id,
          before,
          after: { ...after, ...(passwordHash ? { passwordChanged: true } : {}) },
        });
        return after;
      });
    // Only once committed: what lives as long as a session (an alert stream) ends with it.
    if (revoked) this.sessions.userSessionsEnded(id);
    return after;
  }
}
