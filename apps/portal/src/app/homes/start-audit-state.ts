import { ApiError } from '../http/api-error';

/** Starting an audit from the plan: one at a time, and why the last try failed, per location. */
export interface StartAuditState {
  readonly starting: string | null;
  readonly failed: { readonly locationId: string; readonly error: ApiError } | null;
}

export type StartAuditEvent =
  | { readonly type: 'start'; readonly locationId: string }
  | { readonly type: 'started' }
  | { readonly type: 'failed'; readonly error: ApiError };

export const IDLE_START: StartAuditState = { starting: null, failed: null };

export function reduceStartAudit(state: StartAuditState, event: StartAuditEvent): StartAuditState {
  switch (event.type) {
    // A second click while one starts is ignored: one audit per click.
    case 'start':
      return state.starting ? state : { starting: event.locationId, failed: null };
    case 'started':
      return IDLE_START;
    case 'failed':
      return state.starting ? { starting: null, failed: { locationId: state.starting, error: event.error } } : state;
  }
}
