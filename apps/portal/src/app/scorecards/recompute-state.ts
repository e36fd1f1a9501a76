import { Job } from '@franscore/domain';
import { ApiError } from '../http/api-error';

export type RecomputeEvent =
  | { readonly type: 'starting'; readonly period: string }
  | { readonly type: 'progress'; readonly job: Job }
  | { readonly type: 'failed'; readonly error: ApiError };

export interface RecomputeState {
  readonly period: string | null;
  /** Between the click and the server's first answer. */
  readonly starting: boolean;
  readonly job: Job | null;
  readonly error: ApiError | null;
}

export const INITIAL_RECOMPUTE_STATE: RecomputeState = {
  period: null,
  starting: false,
  job: null,
  error: null,
};

export function reduceRecompute(state: RecomputeState, event: RecomputeEvent): RecomputeState {
  switch (event.type) {
    case 'starting':
      return { period: event.period, starting: true, job: null, error: null };
    case 'progress':
      return { ...state, starting: false, job: event.job };
    // The last progress stays on screen: it says how far the job got.
    case 'failed':
      return { ...state, starting: false, error: event.error };
  }
}

/** Whether a recompute is under way, so the button cannot start a second one. */
export function isRecomputing(state: RecomputeState): boolean {
  return state.starting || state.job?.status === 'running';
}
