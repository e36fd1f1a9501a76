import { AsyncLocalStorage } from 'node:async_hooks';

const replayed = new AsyncLocalStorage<Date>();

/** Business time comes from here, never from Date.now() in a service, so tests and the seed can set it. */
export abstract class Clock {
  now(): Date {
    const at = replayed.getStore();
    return at ? new Date(at.getTime()) : this.current();
  }
  protected abstract current(): Date;
}

/**
 * Runs work with every clock reading `at`, inside work's own async calls only: the demo seed
 * writes its months of history when each step would have happened, while requests served
 * meanwhile (and timers started before) keep the clock's own time.
 */
export function replayAt<T>(at: Date, work: () => Promise<T>): Promise<T> {
  return replayed.run(new Date(at.getTime()), work);
}

/**
 * Ends replaying once the seed is done: on Node 20 a running AsyncLocalStorage hooks every promise
 * the process makes from then on, and the live service has no use for it.
 */
export function endReplays(): void {
  replayed.disable();
}

export class SystemClock extends Clock {
  protected current(): Date {
    return new Date();
  }
}

/** A clock tests move by hand. */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }
  protected current(): Date {
    return new Date(this.instant.getTime());
  }
  set(at: Date): void {
    this.instant = new Date(at.getTime());
  }
  advanceMinutes(minutes: number): void {
    this.instant = new Date(this.instant.getTime() + minutes * 60_000);
  }
}
