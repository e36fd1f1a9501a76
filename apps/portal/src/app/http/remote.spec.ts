import { Subject, firstValueFrom, of, throwError, toArray } from 'rxjs';
import { ApiError } from './api-error';
import { Remote, initialRemote, reduceRemote, remoteStream } from './remote';

describe(reduceRemote.name, () => {
  const error = new ApiError(500, null);
  const loaded: Remote<number> = { loading: false, value: 7, error: null };

  it.each([
    {
      name: 'keeps the value while reloading',
      state: loaded,
      event: { type: 'loading' as const },
      expected: { loading: true, value: 7, error: null },
    },
    {
      name: 'clears an error on retry',
      state: { loading: false, value: null, error },
      event: { type: 'loading' as const },
      expected: { loading: true, value: null, error: null },
    },
    {
      name: 'shows a loaded value',
      state: initialRemote<number>(),
      event: { type: 'loaded' as const, value: 7 },
      expected: loaded,
    },
    {
      name: 'drops a stale value on failure',
      state: loaded,
      event: { type: 'failed' as const, error },
      expected: { loading: false, value: null, error },
    },
  ])('$name', ({ state, event, expected }) => {
    expect(reduceRemote<number>(state, event)).toEqual(expected);
  });
});

describe(remoteStream.name, () => {
  it('loads each query and reports a failure as an ApiError', async () => {
    const queries = new Subject<number>();
    const states = firstValueFrom(
      remoteStream(queries, (q) =>
        q > 0 ? of(q * 10) : throwError(() => ({ status: 404, error: null })),
      ).pipe(toArray()),
    );
    queries.next(1);
    queries.next(-1);
    queries.complete();
    expect(await states).toEqual([
      { loading: true, value: null, error: null },
      { loading: false, value: 10, error: null },
      { loading: true, value: 10, error: null },
      { loading: false, value: null, error: new ApiError(404, null) },
    ]);
  });
});
