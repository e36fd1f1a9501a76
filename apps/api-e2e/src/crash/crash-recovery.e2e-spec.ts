import type { Location, Page } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { DEMO_EMAIL } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';
import { auditChain, checkDatabase, Problems, retryFilings } from './crash-checks';
import { isOk, runUntilKilled, Step } from './crash-workload';

/** Two rounds in CI; CRASH_ROUNDS=20 for the long run. */
const ROUNDS = Number(process.env['CRASH_ROUNDS'] ?? 2);

async function signIn(server: RunningServer, email: string): Promise<ApiClient> {
  const client = new ApiClient(() => server.baseUrl);
  const res = await client.login(email);
  if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return client;
}

/**
 * Customers file public complaints while staff acknowledge, resolve and
 * re-grade them; at a point chosen by progress (the K-th acknowledgement
 * answered) the server is SIGKILLed, then restarted on the same data. Every
 * request that answered 2xx must be on record exactly once, nothing half
 * written, the audit chain whole: on whichever database the harness runs.
 */
describe('crash recovery: SIGKILL during intake and handling', () => {
  let server: RunningServer;
  let code: string;
  const sent = new Set<string>();
  const steps: Step[] = [];
  const totals = { rounds: 0, filings: 0, steps: 0, unanswered: 0, retried: 0, complaints: 0 };

  beforeAll(async () => {
    server = await startServer({ INTAKE_RATE_LIMIT_CLIENT: '1000000', INTAKE_RATE_LIMIT_LOCATION: '1000000', LOGIN_RATE_LIMIT: '1000' });
    const staff = await signIn(server, DEMO_EMAIL.location_staff);
    code = (await staff.get<Page<Location>>('/api/locations')).body.items[0].code;
  });
  afterAll(async () => {
    // The figures the closing note asks for.
    console.log(`crash recovery: ${totals.rounds} rounds, ${totals.filings} filings and ${totals.steps} handling steps sent (${totals.unanswered} unanswered at the kill), ${totals.retried} retries, ${totals.complaints} complaints checked`);
    await server?.close();
  });

  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))('round %i: every 2xx is on record exactly once after the SIGKILL, nothing half-written', async (round) => {
    const staff = [await signIn(server, DEMO_EMAIL.location_staff), await signIn(server, DEMO_EMAIL.location_staff)];
    const killAfterAcks = 5 + ((round * 7) % 20);
    const ledger = await runUntilKilled(server, staff, code, { round, customers: 6, perCustomer: 200, killAfterAcks });
    await server.restart();

    const problems: Problems = [];
    for (const f of ledger.filings) sent.add(f.key);
    steps.push(...ledger.steps);
    for (const s of ledger.steps) if (s.status !== null && !isOk(s.status)) problems.push(`${s.kind} on ${s.complaintId} answered ${s.status} under load`);
    const retried = await retryFilings(server, code, ledger.filings, problems);
    const complaints = await checkDatabase(server, sent, steps, problems);
    const chain = await auditChain(await signIn(server, DEMO_EMAIL.admin));

    expect(problems).toEqual([]);
    expect(chain).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(ledger.steps.filter((s) => s.kind === 'acknowledged' && isOk(s.status)).length).toBeGreaterThanOrEqual(killAfterAcks);
    const unanswered = ledger.filings.filter((f) => f.status === null).length + ledger.steps.filter((s) => s.status === null).length;
    Object.assign(totals, {
      rounds: totals.rounds + 1,
      filings: totals.filings + ledger.filings.length,
      steps: totals.steps + ledger.steps.length,
      unanswered: totals.unanswered + unanswered,
      retried: totals.retried + retried,
      complaints,
    });
  });
});
