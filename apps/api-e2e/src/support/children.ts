import { ChildProcess, spawn } from 'node:child_process';

/**
 * A server a test starts must not outlive the test on any path. Three layers:
 * - the harness kills a child whose start failed, and close() always kills;
 * - the test environment (e2e-environment.ts) SIGKILLs what a test file left
 *   running, and every live child when the worker exits or is signalled;
 * - the child itself runs ORPHAN_GUARD: when its parent dies, even by SIGKILL,
 *   the IPC channel closes and the child SIGKILLs itself.
 */
const ORPHAN_GUARD = 'data:text/javascript,process.on("disconnect",()=>process.kill(process.pid,"SIGKILL"))';

/** Where the test environment hands test files its set of live children (test files see a copy of `process`). */
export const LIVE_CHILDREN = Symbol.for('franscore.e2e.liveChildren');

function liveChildren(): Set<ChildProcess> {
  const g = globalThis as { [LIVE_CHILDREN]?: Set<ChildProcess> };
  g[LIVE_CHILDREN] ??= new Set();
  return g[LIVE_CHILDREN];
}

export function isAlive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Node's arguments to run `script` guarded; the child needs an IPC channel to its parent. */
export const guardedArgs = (script: string): string[] => ['--import', ORPHAN_GUARD, script];

/** Runs a Node script as a guarded child, its output piped. */
export function spawnNode(script: string, env: Record<string, string>, cwd?: string): ChildProcess {
  const child = spawn(process.execPath, guardedArgs(script), { env, cwd, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const live = liveChildren();
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Resolves once the child has exited, at once if it already has. */
export function exited(child: ChildProcess): Promise<void> {
  if (!isAlive(child)) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export function killAll(children: Iterable<ChildProcess>): void {
  for (const child of children) if (isAlive(child)) child.kill('SIGKILL');
}

/** SIGKILL, and wait until the process is gone. */
export async function killNow(child: ChildProcess): Promise<void> {
  killAll([child]);
  await exited(child);
}

/**
 * SIGTERM, so the server shuts down cleanly; SIGKILL if it has not exited
 * after `graceMs` (its own grace for requests in flight is 10 s). The timer
 * only bounds cleanup: no test outcome depends on it.
 */
export async function terminate(child: ChildProcess, graceMs = 20_000): Promise<void> {
  if (!isAlive(child)) return;
  const timer = setTimeout(() => killAll([child]), graceMs);
  child.kill('SIGTERM');
  await exited(child);
  clearTimeout(timer);
}
