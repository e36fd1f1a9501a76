import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@franscore/domain';
import { AuthService } from './auth.service';
import { AuthedRequest, PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { authErrors } from './auth.errors';
import { CSRF, Csrf, SESSION_COOKIE } from './csrf';
import { isForeignOrigin } from './origin';
import { scopeFor } from './scope';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route is signed-in by default: the session cookie gives the user, the
 * user gives the scope (once per request), and a state-changing request must
 * carry the CSRF token and come from our own origin.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(CSRF) private readonly csrf: Csrf,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user || !token) throw authErrors.signedOut();
    if (!SAFE_METHODS.has(req.method)) {
      if (isForeignOrigin(req.headers.origin, req.host)) throw authErrors.origin();
      if (!this.csrf.validateRequest(req)) throw authErrors.csrf();
    }
    req.user = user;
    req.sessionToken = token;
    req.scope = scopeFor(user);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw authErrors.roleForbidden();
    return true;
  }
}
