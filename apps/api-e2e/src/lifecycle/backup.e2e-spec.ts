import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient } from '@franscore/testing';
import { BACKUP_CLI, FreshDatabase, freshDatabase, launch, Spawned, stopped } from './process';

const ADMIN = { ADMIN_EMAIL: 'root@example.com', ADMIN_PASSWORD: 'Lantern-Quartz-Meadow-417' };

async function signedIn(server: Spawned): Promise<ApiClient> {
  const admin = new ApiClient(() => `http://127.0.0.1:${server.port()}`);
  const res = await admin.login(ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${JSON.stringify(res.body)}`);
  return admin;
}

/** Runs the built backup tool to its end. */
async function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; output: string }> {
  const run = launch(env, BACKUP_CLI, args);
  const code = await run.exited;
  return { code, output: run.output() };
}

/**
 * `npm run backup` against a running server (the embedded database through the
 * socket it publishes, or PostgreSQL), then `npm run restore` into a new
 * database that a server then starts on with the same data and a verifying chain.
 */
describe('backup of a running server, restored into a new database', () => {
  let source: FreshDatabase;
  let target: FreshDatabase;
  let dir: string;
  let server: Spawned | null = null;

  beforeAll(async () => {
    [source, target] = await Promise.all([freshDatabase(), freshDatabase()]);
    dir = mkdtempSync(join(tmpdir(), 'franscore-backup-e2e-'));
  });
  afterAll(async () => {
    await stopped(server);
    await Promise.all([source.drop(), target.drop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores the same regions and audit chain, and the server starts on it', async () => {
    server = launch({ ...source.env, ...ADMIN });
    await server.printed('Franscore is ready at');
    const admin = await signedIn(server);
    for (const code of ['BKA', 'BKB', 'BKC']) expect((await admin.post('/api/regions', { code, name: `Region ${code}` })).status).toBe(201);
    const regions = (await admin.get<{ items: Array<{ code: string }> }>('/api/regions?pageSize=200')).body.items.map((r) => r.code).sort();
    const chain = (await admin.get<{ ok: boolean; checked: number }>('/api/audit-log/verify')).body;
    expect(chain).toMatchObject({ ok: true });

    const file = join(dir, 'running.backup.jsonl');
    const backup = await cli(source.env, 'backup', '--out', file);
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining('Backed up') });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    // Into a database that holds data already: refused.
    expect(await cli(source.env, 'restore', file)).toMatchObject({ code: 1, output: expect.stringMatching(/not empty/) });
    const restore = await cli(target.env, 'restore', file);
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining(`Audit chain verified: ${chain.checked} entries`) });

    server = launch(target.env);
    await server.printed('Franscore is ready at');
    const again = await signedIn(server);
    expect((await again.get<{ items: Array<{ code: string }> }>('/api/regions?pageSize=200')).body.items.map((r) => r.code).sort()).toEqual(regions);
    // The chain goes on from the restored entries (signing in may add one).
    const after = (await again.get<{ ok: boolean; checked: number }>('/api/audit-log/verify')).body;
    expect(after.ok).toBe(true);
    expect(after.checked).toBeGreaterThanOrEqual(chain.checked);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
