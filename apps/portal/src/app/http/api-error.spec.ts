import { ApiError, errorMessageKey, toApiError } from './api-error';

describe(toApiError.name, () => {
  const body = { statusCode: 401, error: 'Unauthorized', message: 'wrong email or password' };

  it('keeps the status and the parsed error body of an HTTP failure', () => {
    const sut = toApiError({ status: 401, error: body });
    expect(sut).toBeInstanceOf(ApiError);
    expect(sut.status).toBe(401);
    expect(sut.body).toEqual(body);
  });

  it('drops a body that is not the API error shape', () => {
    expect(toApiError({ status: 502, error: '<html>Bad gateway</html>' }).body).toBeNull();
  });

  it('treats anything else (a schema mismatch, a thrown string) as status 0', () => {
    expect(toApiError(new Error('boom')).status).toBe(0);
    expect(toApiError('boom').status).toBe(0);
  });

  it('passes an ApiError through unchanged', () => {
    const error = new ApiError(404, null);
    expect(toApiError(error)).toBe(error);
  });
});

describe(errorMessageKey.name, () => {
  it.each([
    { name: 'unreachable', status: 0, expected: 'errors.network' },
    { name: 'forbidden', status: 403, expected: 'errors.forbidden' },
    { name: 'server error', status: 500, expected: 'errors.server' },
    { name: 'bad gateway', status: 502, expected: 'errors.server' },
    { name: 'anything else', status: 404, expected: 'errors.unexpected' },
  ])('$name', ({ status, expected }) => {
    expect(errorMessageKey(new ApiError(status, null))).toBe(expected);
  });
});
