import { ApiError } from '../http/api-error';
import { makeDetail } from './complaint-factories';
import {
  ComplaintState,
  INITIAL_COMPLAINT_STATE,
  actionErrorMessage,
  reduceComplaint,
} from './complaint-state';

describe(reduceComplaint.name, () => {
  const complaint = makeDetail();
  const acknowledged = makeDetail({ status: 'acknowledged', nextSteps: ['resolved'] });
  const step = { kind: 'step', step: 'acknowledged' } as const;
  const refused = new ApiError(409, {
    statusCode: 409,
    error: 'Conflict',
    message: 'Cannot record acknowledged: the complaint is already acknowledged',
  });
  const shown: ComplaintState = { ...INITIAL_COMPLAINT_STATE, loading: false, complaint };

  it.each([
    {
      name: 'shows a loaded complaint',
      state: INITIAL_COMPLAINT_STATE,
      event: { type: 'loaded' as const, complaint },
      expected: shown,
    },
    {
      name: 'keeps the same complaint while reloading it',
      state: shown,
      event: { type: 'loading' as const, id: complaint.id },
      expected: { ...shown, loading: true },
    },
    {
      name: 'drops another complaint while loading a new one',
      state: shown,
      event: { type: 'loading' as const, id: '7d1f6a52-2f0e-4a8e-9a44-6b1c2b3d4eff' },
      expected: INITIAL_COMPLAINT_STATE,
    },
    {
      name: 'a failed load shows no stale complaint',
      state: shown,
      event: { type: 'loadFailed' as const, error: new ApiError(404, null) },
      expected: { ...INITIAL_COMPLAINT_STATE, loading: false, loadError: new ApiError(404, null) },
    },
    {
      name: 'an action waits for the server and clears the last outcome',
      state: { ...shown, actionError: refused, done: step },
      event: { type: 'acting' as const, action: step },
      expected: { ...shown, pending: step },
    },
    {
      name: 'an accepted action shows the answer and is announced',
      state: { ...shown, pending: step },
      event: { type: 'acted' as const, action: step, complaint: acknowledged },
      expected: { ...shown, complaint: acknowledged, done: step },
    },
    {
      name: 'a refused action keeps the complaint and says why',
      state: { ...shown, pending: step },
      event: { type: 'actionFailed' as const, error: refused },
      expected: { ...shown, actionError: refused },
    },
    {
      name: 'a refresh after a refusal keeps the refusal on screen',
      state: { ...shown, actionError: refused },
      event: { type: 'refreshed' as const, complaint: acknowledged },
      expected: { ...shown, complaint: acknowledged, actionError: refused },
    },
  ])('$name', ({ state, event, expected }) => {
    expect(reduceComplaint(state, event)).toEqual(expected);
  });
});

describe(actionErrorMessage.name, () => {
  const body = (
    statusCode: number,
    message: string,
    details?: { field: string; message: string }[],
  ) => ({
    statusCode,
    error: 'x',
    message,
    details,
  });

  it.each([
    {
      name: 'a refused step carries the server reason',
      error: new ApiError(
        409,
        body(409, 'Cannot record resolved: the complaint is already resolved'),
      ),
      expected: {
        key: 'complaints.actions.refused',
        params: { reason: 'Cannot record resolved: the complaint is already resolved' },
      },
    },
    {
      name: 'a known refusal code is translated',
      error: new ApiError(
        409,
        body(409, 'Cannot record acknowledged: the complaint is already acknowledged', [
          { field: 'type', message: 'the_complaint_is_already_acknowledged' },
        ]),
      ),
      expected: {
        key: 'complaints.refusals.the_complaint_is_already_acknowledged',
        params: {},
      },
    },
    {
      name: 'an unknown refusal code falls back to the server words',
      error: new ApiError(
        409,
        body(409, 'Cannot record resolved: the moon is full', [
          { field: 'type', message: 'the_moon_is_full' },
        ]),
      ),
      expected: {
        key: 'complaints.actions.refused',
        params: { reason: 'Cannot record resolved: the moon is full' },
      },
    },
    {
      name: 'a bad request names the fields',
      error: new ApiError(400, body(400, 'Invalid', [{ field: 'value', message: 'required' }])),
      expected: { key: 'complaints.actions.invalid', params: { reason: 'value: required' } },
    },
    {
      name: 'a role that may not',
      error: new ApiError(403, null),
      expected: { key: 'complaints.actions.forbidden', params: {} },
    },
    {
      name: 'out of scope',
      error: new ApiError(404, null),
      expected: { key: 'complaints.notFound', params: {} },
    },
    {
      name: 'unreachable',
      error: new ApiError(0, null),
      expected: { key: 'errors.network', params: {} },
    },
    {
      name: 'server failure',
      error: new ApiError(503, null),
      expected: { key: 'errors.server', params: {} },
    },
  ])('$name', ({ error, expected }) => {
    expect(actionErrorMessage(error)).toEqual(expected);
  });
});
