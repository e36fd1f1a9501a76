import { Observable } from 'rxjs';
import { Alert, AlertSchema } from '@franscore/domain';

/** What the portal needs of the browser's EventSource, so tests can hand in a fake. */
export interface EventSourceLike {
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

export type StreamStatus = 'connecting' | 'open' | 'retrying';

export type AlertStreamEvent =
  | { readonly type: 'status'; readonly status: StreamStatus }
  | { readonly type: 'alert'; readonly alert: Alert };

/** Waits between reconnection attempts; the last one repeats. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

/**
 * The live alerts of the signed-in user. The browser reconnects an EventSource
 * by itself only after a dropped connection, not after an error answer (a
 * restarting server's 502, a 401): then it gives up for good. So every error
 * closes the source and a new one opens after a growing delay, reset once a
 * connection opens. Unsubscribing closes it.
 */
export function alertStream(
  url: string,
  open: EventSourceFactory,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Observable<AlertStreamEvent> {
  return new Observable<AlertStreamEvent>((subscriber) => {
    let source: EventSourceLike | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;

    const connect = () => {
      timer = null;
      subscriber.next({ type: 'status', status: 'connecting' });
      const current = open(url);
      source = current;
      current.onopen = () => {
        failures = 0;
        subscriber.next({ type: 'status', status: 'open' });
      };
      current.addEventListener('alert', (event) => {
        const alert = parseAlert(event.data);
        if (alert) subscriber.next({ type: 'alert', alert });
      });
      current.onerror = () => {
        current.close();
        if (source !== current) return;
        source = null;
        const delay = delays[Math.min(failures, delays.length - 1)] ?? 0;
        failures += 1;
        subscriber.next({ type: 'status', status: 'retrying' });
        timer = setTimeout(connect, delay);
      };
    };

    connect();
    return () => {
      if (timer !== null) clearTimeout(timer);
      source?.close();
      source = null;
    };
  });
}

/** An event that is not an alert (a newer server, a proxy's page) is skipped, not fatal. */
function parseAlert(data: string): Alert | null {
  try {
    const parsed = AlertSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
