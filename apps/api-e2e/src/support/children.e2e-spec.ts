import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardedArgs } from './children';
import { startServer } from './server';

describe('the e2e harness leaves no process behind', () => {
  let dir: string;
  /** The child's pid while the test has not seen it die, so a failure does not leave it running. */
  let orphan: number | null = null;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'franscore-guard-'));
  });
  afterAll(() => {
    if (orphan) process.kill(orphan, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('a guarded server dies with its parent, even when the parent is SIGKILLed', async () => {
    const server = join(dir, 'server.js');
    writeFileSync(server, 'setInterval(() => undefined, 1000);');
    // Stands in for a test process: starts a guarded child that shares its stdout, says the child's pid, then is killed outright.
    // (Not console.log: under FORCE_COLOR, as CI's runner sets it, it paints numbers with colour codes.)
    const parentScript = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, ${JSON.stringify(guardedArgs(server))}, { stdio: ['ignore', 'inherit', 'ignore', 'ipc'] });
      process.stdout.write(String(child.pid));
      process.kill(process.pid, 'SIGKILL');`;
    const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    parent.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      orphan = Number(out.trim()) || null;
    });
    // The pipe closes once every process holding it is gone: the child too. No clock; Jest's timeout fails a child that lives on.
    await new Promise((resolve) => parent.stdout.once('close', resolve));
    expect(Number(out.trim())).toBeGreaterThan(0);
    orphan = null;
  });

  it('a server that fails to start rejects as soon as it exits, with its output', async () => {
    await expect(startServer({ PORT: 'eighty' })).rejects.toThrow(/exited \(1\) before it was ready[\s\S]*PORT/);
  });
});
