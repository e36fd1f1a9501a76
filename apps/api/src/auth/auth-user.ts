import type { Role, User } from '@franscore/domain';

/** The signed-in user as every request sees it. */
export type AuthUser = User & { role: Role };
