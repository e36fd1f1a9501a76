import { Observable, firstValueFrom, of, throwError } from 'rxjs';
import { isCsrfRefusal, withCsrfRetry } from './csrf-retry';

const refusal = (code: string) => ({
  status: 403,
  error: { statusCode: 403, error: 'Forbidden', message: 'no', code },
});

/** A server that answers each send in turn from `answers`, recording the tokens it was sent. */
function server(answers: Array<'ok' | object>) {
  const tokens: Array<string | null> = [];
  const send = (token: string | null): Observable<string> => {
    tokens.push(token);
    const answer = answers[tokens.length - 1] ?? 'ok';
    return answer === 'ok' ? of(`done with ${token}`) : throwError(() => answer);
  };
  return { send, tokens };
}

describe(withCsrfRetry.name, () => {
  it('fetches a fresh token after a CSRF refusal and sends the write again with it', async () => {
    const s = server([refusal('auth.csrf'), 'ok']);
    const refresh = jest.fn(() => of('fresh'));
    await expect(firstValueFrom(withCsrfRetry(s.send, 'stale', refresh))).resolves.toBe(
      'done with fresh',
    );
    expect(s.tokens).toEqual(['stale', 'fresh']);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('retries once, not twice: a second refusal reaches the caller', async () => {
    const s = server([refusal('auth.csrf'), refusal('auth.csrf'), 'ok']);
    const refresh = jest.fn(() => of('fresh'));
    await expect(firstValueFrom(withCsrfRetry(s.send, 'stale', refresh))).rejects.toMatchObject({
      status: 403,
    });
    expect(s.tokens).toEqual(['stale', 'fresh']);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it.each([
    { name: 'a role refusal', error: refusal('auth.forbidden') },
    { name: 'another origin', error: refusal('auth.origin') },
    { name: 'a 403 without a body', error: { status: 403, error: null } },
    {
      name: 'a validation error',
      error: { status: 400, error: { statusCode: 400, error: 'Bad Request', message: 'x' } },
    },
  ])('leaves $name alone', async ({ error }) => {
    const s = server([error]);
    const refresh = jest.fn(() => of('fresh'));
    await expect(firstValueFrom(withCsrfRetry(s.send, 'token', refresh))).rejects.toBe(error);
    expect(s.tokens).toEqual(['token']);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('gives the caller the failure of the refresh itself (a session that ended)', async () => {
    const s = server([refusal('auth.csrf')]);
    const ended = { status: 401, error: null };
    await expect(
      firstValueFrom(withCsrfRetry(s.send, 'stale', () => throwError(() => ended))),
    ).rejects.toBe(ended);
    expect(s.tokens).toEqual(['stale']);
  });
});

describe(isCsrfRefusal.name, () => {
  it('tells a CSRF refusal from other 403s by its code', () => {
    expect(isCsrfRefusal(refusal('auth.csrf'))).toBe(true);
    expect(isCsrfRefusal(refusal('auth.forbidden'))).toBe(false);
    expect(isCsrfRefusal(new Error('network'))).toBe(false);
  });
});
