import { BreakpointObserver } from '@angular/cdk/layout';
import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** ARCHITECTURE.md: below 900 px the navigation folds into a menu and staff pages switch to their phone layout. */
export const COMPACT_QUERY = '(max-width: 899.98px)';

/** Whether the viewport is below 900 px, following resizes and rotations. Call in an injection context. */
export function injectCompact(): Signal<boolean> {
  const observer = inject(BreakpointObserver);
  return toSignal(observer.observe(COMPACT_QUERY).pipe(map((state) => state.matches)), {
    initialValue: observer.isMatched(COMPACT_QUERY),
  });
}
