import { ComplaintDetail, HandlingEventType } from '@franscore/domain';
import { ApiError } from '../http/api-error';

/** Something the user asked of the complaint: a handling step, a dispute, or a ruling on one. */
export type ComplaintAction =
  | { readonly kind: 'step'; readonly step: HandlingEventType }
  | { readonly kind: 'dispute' }
  | { readonly kind: 'ruling' };

export type ComplaintEvent =
  | { readonly type: 'loading'; readonly id: string }
  | { readonly type: 'loaded'; readonly complaint: ComplaintDetail }
  | { readonly type: 'loadFailed'; readonly error: ApiError }
  | { readonly type: 'acting'; readonly action: ComplaintAction }
  | {
      readonly type: 'acted';
      readonly action: ComplaintAction;
      readonly complaint: ComplaintDetail;
    }
  | { readonly type: 'actionFailed'; readonly error: ApiError }
  /** A fresh copy after a refusal: the buttons follow the server again, the refusal stays on screen. */
  | { readonly type: 'refreshed'; readonly complaint: ComplaintDetail };

export interface ComplaintState {
  readonly loading: boolean;
  readonly complaint: ComplaintDetail | null;
  readonly loadError: ApiError | null;
  /** The action waiting for the server; at most one at a time, so a double click never records twice. */
  readonly pending: ComplaintAction | null;
  readonly actionError: ApiError | null;
  /** The last action the server accepted, to announce it. */
  readonly done: ComplaintAction | null;
}

export const INITIAL_COMPLAINT_STATE: ComplaintState = {
  loading: true,
  complaint: null,
  loadError: null,
  pending: null,
  actionError: null,
  done: null,
};

export function reduceComplaint(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  switch (event.type) {
    // Another complaint's details must not pass for this one's while it loads.
    case 'loading':
      return state.complaint?.id === event.id
        ? { ...state, loading: true, loadError: null }
        : { ...INITIAL_COMPLAINT_STATE, loading: true };
    case 'loaded':
      return { ...INITIAL_COMPLAINT_STATE, loading: false, complaint: event.complaint };
    case 'loadFailed':
      return { ...INITIAL_COMPLAINT_STATE, loading: false, loadError: event.error };
    case 'acting':
      return { ...state, pending: event.action, actionError: null, done: null };
    case 'acted':
      return { ...state, complaint: event.complaint, pending: null, done: event.action };
    case 'actionFailed':
      return { ...state, pending: null, actionError: event.error };
    case 'refreshed':
      return { ...state, complaint: event.complaint };
  }
}

export interface Message {
  readonly key: string;
  readonly params: Record<string, string>;
}

/**
 * Why the server refuses a step, as the stable codes it sends in
 * `details[0].message` of a 409 (snake_case of its English reason). Each has a
 * translation under `complaints.refusals`; a code not listed here (a newer
 * server) falls back to the server's own words.
 */
export const STEP_REFUSALS = [
  'the_complaint_is_closed',
  'the_complaint_is_already_acknowledged',
  'the_complaint_is_already_resolved',
  'the_complaint_is_resolved_reopen_it_first',
  'the_complaint_is_resolved',
  'already_waiting_on_the_customer',
  'not_waiting_on_the_customer',
  'only_a_resolved_complaint_can_be_reopened',
  'the_complaint_is_not_resolved_yet',
  'the_customer_has_already_rated_it',
  'the_complaint_has_already_been_disputed',
  'there_is_no_pending_dispute',
] as const;
export type StepRefusal = (typeof STEP_REFUSALS)[number];

function isStepRefusal(code: string | undefined): code is StepRefusal {
  return (STEP_REFUSALS as readonly (string | undefined)[]).includes(code);
}

/**
 * Why an action failed, for the person who tried it. A 409 means the step
 * makes no sense now: a known reason is said in the user's language, an
 * unknown one as the server put it (only the server knows the timeline it
 * refused on).
 */
export function actionErrorMessage(error: ApiError): Message {
  const reason = error.body?.message ?? '';
  switch (error.status) {
    case 409: {
      const code = error.body?.details?.find((d) => d.field === 'type')?.message;
      return isStepRefusal(code)
        ? { key: `complaints.refusals.${code}`, params: {} }
        : { key: 'complaints.actions.refused', params: { reason } };
    }
    case 400: {
      const details = error.body?.details?.map((d) => `${d.field}: ${d.message}`).join('; ');
      return { key: 'complaints.actions.invalid', params: { reason: details || reason } };
    }
    case 403:
      return { key: 'complaints.actions.forbidden', params: {} };
    case 404:
      return { key: 'complaints.notFound', params: {} };
    case 0:
      return { key: 'errors.network', params: {} };
    default:
      return { key: error.status >= 500 ? 'errors.server' : 'errors.unexpected', params: {} };
  }
}
