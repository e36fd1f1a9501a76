import { ApiError } from './api-error';
import { actionMessage } from './action-message';

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

describe(actionMessage.name, () => {
  it.each([
    {
      name: 'unreachable',
      error: new ApiError(0, null),
      keys: {},
      expected: { key: 'errors.network', params: {} },
    },
    {
      name: 'a bad request names the fields',
      error: new ApiError(
        400,
        body(400, 'Invalid', [{ field: 'reason', message: 'at least 10 characters' }]),
      ),
      keys: {},
      expected: { key: 'errors.invalid', params: { reason: 'reason: at least 10 characters' } },
    },
    {
      name: 'a bad request without details shows the message',
      error: new ApiError(400, body(400, 'Invalid photo')),
      keys: {},
      expected: { key: 'errors.invalid', params: { reason: 'Invalid photo' } },
    },
    {
      name: 'a role that may not',
      error: new ApiError(403, null),
      keys: {},
      expected: { key: 'errors.notAllowed', params: {} },
    },
    {
      name: 'not found, in the screen words',
      error: new ApiError(404, null),
      keys: { notFound: 'audits.notFound' },
      expected: { key: 'audits.notFound', params: {} },
    },
    {
      name: 'a conflict the screen knows',
      error: new ApiError(409, body(409, 'No handled complaints')),
      keys: { conflict: 'audits.errors.noCases' },
      expected: { key: 'audits.errors.noCases', params: {} },
    },
    {
      name: 'any other conflict carries the server reason',
      error: new ApiError(409, body(409, 'The case has ended')),
      keys: {},
      expected: { key: 'errors.refused', params: { reason: 'The case has ended' } },
    },
    {
      name: 'too large',
      error: new ApiError(413, null),
      keys: {},
      expected: { key: 'errors.tooLarge', params: {} },
    },
    {
      name: 'server failure',
      error: new ApiError(502, null),
      keys: {},
      expected: { key: 'errors.server', params: {} },
    },
    {
      name: 'anything else',
      error: new ApiError(418, null),
      keys: {},
      expected: { key: 'errors.unexpected', params: {} },
    },
  ])('$name', ({ error, keys, expected }) => {
    expect(actionMessage(error, keys)).toEqual(expected);
  });
});
