import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

export interface ShutdownSteps {
  /** Stops timers first, so no new scheduled work starts while requests drain. */
  stopScheduledWork(): void;
  /** Nest's own hooks: live streams, the LISTEN client, and the pool, closed once. */
  closeApp(): Promise<void>;
  /** Last, once nothing can query any more: on the embedded database, PGlite writes its clean-shutdown state. */
  closeDatabase(): Promise<void>;
}

export interface ShutdownOptions {
  /** How long in-flight requests may take once shutdown begins; then every connection is cut. */
  graceMs: number;
  log: { log(message: string): void; warn(message: string): void; error(message: string): void };
  exit(code: number): void;
}

type Response = ServerResponse<IncomingMessage>;

/**
 * Tracks the server's in-flight responses from now on and returns the one
 * shutdown: every later call (a second signal) gets the same promise.
 */
export function gracefulShutdown(server: Server, steps: ShutdownSteps, options: ShutdownOptions): (reason: string) => Promise<void> {
  const inFlight = new Map<Response, IncomingMessage>();
  let draining = false;
  let running: Promise<void> | null = null;

  // Ahead of Express, so a request that arrives on an open keep-alive connection during the drain is told to close it.
  server.prependListener('request', (req: IncomingMessage, res: Response) => {
    inFlight.set(res, req);
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      // A response whose headers promised keep-alive leaves its connection idle; close it now rather than at the keep-alive timeout.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });

  const drain = (): Promise<void> => {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const [res, req] of inFlight) {
      // A live stream never finishes on its own; the portal reconnects (to another instance, or this one restarted).
      if (isEventStream(req, res)) res.end();
      else if (!res.headersSent) res.setHeader('Connection', 'close');
    }
    server.closeIdleConnections();
    const grace = setTimeout(() => {
      options.log.warn(`Grace of ${options.graceMs} ms over: cutting ${inFlight.size} unfinished request(s)`);
      server.closeAllConnections();
    }, options.graceMs);
    return closed.finally(() => clearTimeout(grace));
  };

  const run = async (reason: string): Promise<void> => {
    options.log.log(`Shutting down (${reason}): finishing ${inFlight.size} request(s) in flight`);
    // If a close hangs after the drain, the process still ends, and says it did not end cleanly.
    const watchdog = setTimeout(() => {
      options.log.error('Shutdown did not finish in time');
      options.exit(1);
    }, options.graceMs * 2);
    watchdog.unref();
    try {
      steps.stopScheduledWork();
      await drain();
      await steps.closeApp();
      await steps.closeDatabase();
      clearTimeout(watchdog);
      options.log.log('Stopped cleanly');
      options.exit(0);
    } catch (e) {
      clearTimeout(watchdog);
      options.log.error(`Shutdown failed: ${e instanceof Error ? e.message : String(e)}`);
      options.exit(1);
    }
  };

  return (reason) => {
    if (running) {
      options.log.log(`Already shutting down; ignoring ${reason}`);
      return running;
    }
    running = run(reason);
    return running;
  };
}

function isEventStream(req: IncomingMessage, res: Response): boolean {
  const type = String(res.getHeader('content-type') ?? '');
  return res.headersSent && (type.startsWith('text/event-stream') || (req.headers.accept ?? '').includes('text/event-stream'));
}

/** Every timer @nestjs/schedule started: no sweep, reminder or period close begins once shutdown has. */
export function stopScheduledWork(app: INestApplication): void {
  const registry = app.get(SchedulerRegistry);
  for (const name of registry.getIntervals()) registry.deleteInterval(name);
  for (const name of registry.getTimeouts()) registry.deleteTimeout(name);
  for (const name of registry.getCronJobs().keys()) registry.deleteCronJob(name);
}
