import { Client } from 'pg';
import type { ApiClient as ApiClientView, ComplaintDetail, ComplaintReceipt } from '@franscore/domain';
import { demoWorld, DemoWorld } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

/** Reads the tokens first start printed, one per demo location: the only place they ever appear. */
function printedTokens(output: string): Map<string, string> {
  const block = output.slice(output.indexOf('Demo in-store button tokens'));
  return new Map([...block.matchAll(/^\s+([A-Z0-9-]+)\s+(fsc_[A-Za-z0-9_-]+)/gm)].map((m) => [m[1], m[2]]));
}

describe('the red button of the demo, wired as the README says', () => {
  let server: RunningServer;
  let w: DemoWorld;

  beforeAll(async () => {
    // A first start of its own (not a copy of the run's template): the tokens are printed only then.
    server = await startServer({ SEED_DEMO: 'small' });
    w = await demoWorld(server);
  });
  afterAll(() => server?.close());

  it('every demo location has a button token, printed at first start and stored only hashed', async () => {
    const tokens = printedTokens(server.output());
    expect([...tokens.keys()].sort()).toEqual(w.locations.map((l) => l.code).sort());
    const listed = (await w.clients.admin.get<ApiClientView[]>('/api/api-clients')).body;
    expect(listed.filter((c) => c.kind === 'in_store_button')).toHaveLength(w.locations.length);
    const db = new Client({ connectionString: server.databaseUrl() });
    await db.connect();
    try {
      const stored = JSON.stringify(await db.query(`SELECT * FROM api_client`).then((r) => r.rows));
      for (const token of tokens.values()) expect(stored).not.toContain(token);
    } finally {
      await db.end();
    }
  });

  it('one request with the token, no body, files an in_store_button complaint for that location', async () => {
    const location = w.locations.find((l) => l.status === 'active');
    const token = printedTokens(server.output()).get(location?.code ?? '');
    // The README's line: curl -X POST -H "Authorization: Bearer $TOKEN" $URL/api/client/complaints
    const res = await fetch(`${server.baseUrl}/api/client/complaints`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as ComplaintReceipt;
    const complaint = (await w.clients.admin.get<ComplaintDetail>(`/api/complaints/${receipt.id}`)).body;
    expect(complaint).toMatchObject({ channel: 'in_store_button', locationCode: location?.code });
  });
});
