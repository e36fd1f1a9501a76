import { ApiClient } from '@franscore/testing';
import { SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { UsersService } from '../org/users.service';
import { TestApp } from './test-app';

export const ADMIN_PASSWORD = 'admin-password-123';

/** The first admin of an empty test database, signed in over HTTP. */
export async function signInFirstAdmin(t: TestApp): Promise<ApiClient> {
  await t.app.get(UsersService).create(SYSTEM_ACTOR, {
    email: 'root@example.com',
    displayName: 'Root',
    password: ADMIN_PASSWORD,
    role: 'admin',
    regionIds: [],
    franchiseeId: null,
    locationId: null,
  });
  const admin = new ApiClient(() => t.baseUrl);
  await admin.login('root@example.com', ADMIN_PASSWORD);
  return admin;
}
