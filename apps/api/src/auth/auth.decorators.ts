import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@franscore/domain';
import type { Request } from 'express';
import type { AuthUser } from './auth-user';
import type { Scope } from './scope';

export const PUBLIC_KEY = 'franscore:public';
export const ROLES_KEY = 'franscore:roles';

/** The route answers without a session. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface AuthedRequest extends Request {
  user?: AuthUser;
  scope?: Scope;
  sessionToken?: string;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthedRequest>().user;
  if (!user) throw new Error('CurrentUser on a public route');
  return user;
});

export const CurrentScope = createParamDecorator((_: unknown, ctx: ExecutionContext): Scope => {
  const scope = ctx.switchToHttp().getRequest<AuthedRequest>().scope;
  if (!scope) throw new Error('CurrentScope on a public route');
  return scope;
});
