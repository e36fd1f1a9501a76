import { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Observable } from 'rxjs';
import { Remote, initialRemote, remoteStream } from './remote';

/**
 * remoteStream as a signal, for a store's field initialiser (an injection
 * context: toSignal unsubscribes when the store is destroyed). `idle` starts
 * not loading, for a fetch that waits for the user (the simulator's period).
 */
export function remoteSignal<Q, T>(
  queries: Observable<Q>,
  fetch: (query: Q) => Observable<T>,
  idle = false,
): Signal<Remote<T>> {
  return toSignal(remoteStream(queries, fetch), {
    initialValue: { ...initialRemote<T>(), loading: !idle },
  });
}
