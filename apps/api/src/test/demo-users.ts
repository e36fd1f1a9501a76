import { DEMO_PASSWORD, SeedNetwork } from '@franscore/seed';
import { ApiClient } from '@franscore/testing';
import { DEFAULT_POLICY_RULES, Role } from '@franscore/domain';
import { AuditLogService } from '../audit-log/audit-log.service';
import { seedDemo } from '../database/demo-seed';
import { TestApp } from './test-app';

export interface DemoTestWorld {
  net: SeedNetwork;
  signIn(role: Role, which?: number): Promise<ApiClient>;
}

/** Seeds the demo network into a test app and signs in demo users over HTTP. */
export async function withDemoNetwork(t: TestApp, opts: { complaints?: boolean } = {}): Promise<DemoTestWorld> {
  const complaints = opts.complaints ? { now: t.clock.now(), months: 4, perMonth: 5, rules: DEFAULT_POLICY_RULES } : undefined;
  const net = await seedDemo(t.ds, t.app.get(AuditLogService), { complaints });
  return {
    net,
    async signIn(role, which = 0) {
      const user = net.users.filter((u) => u.role === role)[which];
      const client = new ApiClient(() => t.baseUrl);
      const res = await client.login(user.email, DEMO_PASSWORD);
      if (res.status !== 200) throw new Error(`sign-in ${user.email}: ${res.status}`);
      return client;
    },
  };
}
