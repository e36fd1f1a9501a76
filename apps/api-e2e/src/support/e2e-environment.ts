import type { ChildProcess } from 'node:child_process';
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { TestEnvironment } from 'jest-environment-node';
import { killAll, LIVE_CHILDREN } from './children';

/**
 * The node environment, plus a guard on the worker's real process: test files
 * only see a copy of `process` whose 'exit' and signal events never fire, so
 * the handlers that kill servers a test started live here.
 */
const GUARD = Symbol.for('franscore.e2e.workerGuard');

/** One set of live children per worker, guarded once however often Jest loads this module. */
function guardWorker(): Set<ChildProcess> {
  const worker = process as NodeJS.Process & { [GUARD]?: Set<ChildProcess> };
  const existing = worker[GUARD];
  if (existing) return existing;
  const live = new Set<ChildProcess>();
  worker[GUARD] = live;
  process.once('exit', () => killAll(live));
  // A worker whose Jest parent died finishes its test file on its own: its servers need not wait for that.
  process.once('disconnect', () => killAll(live));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = () => {
      killAll(live);
      // Then die of the signal as the worker would have without this handler.
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
  return live;
}

export default class E2eEnvironment extends TestEnvironment {
  private readonly live: Set<ChildProcess>;

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    this.live = guardWorker();
    Object.assign(this.global, { [LIVE_CHILDREN]: this.live });
  }

  /** Whatever a test file left running (an afterAll that failed or timed out) goes with it. */
  override async teardown(): Promise<void> {
    killAll(this.live);
    await super.teardown();
  }
}
