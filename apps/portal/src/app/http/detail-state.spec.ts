import { ApiError } from './api-error';
import { DetailState, initialDetail, reduceDetail } from './detail-state';

type Thing = { readonly id: string; readonly n: number };
type Action = 'save' | 'submit';

describe(reduceDetail.name, () => {
  const thing: Thing = { id: 'a', n: 1 };
  const saved: Thing = { id: 'a', n: 2 };
  const refused = new ApiError(409, { statusCode: 409, error: 'Conflict', message: 'no' });
  const shown: DetailState<Thing, Action> = {
    ...initialDetail<Thing, Action>(),
    id: 'a',
    loading: false,
    value: thing,
  };

  it.each([
    {
      name: 'starts loading a record',
      state: initialDetail<Thing, Action>(),
      event: { type: 'loading' as const, id: 'a' },
      expected: { ...initialDetail<Thing, Action>(), id: 'a' },
    },
    {
      name: 'keeps the same record while reloading it',
      state: shown,
      event: { type: 'loading' as const, id: 'a' },
      expected: { ...shown, loading: true },
    },
    {
      name: 'drops another record while loading a new one',
      state: shown,
      event: { type: 'loading' as const, id: 'b' },
      expected: { ...initialDetail<Thing, Action>(), id: 'b' },
    },
    {
      name: 'shows a loaded record',
      state: { ...initialDetail<Thing, Action>(), id: 'a' },
      event: { type: 'loaded' as const, value: thing },
      expected: shown,
    },
    {
      name: 'a failed load shows no stale record',
      state: shown,
      event: { type: 'loadFailed' as const, error: new ApiError(404, null) },
      expected: {
        ...initialDetail<Thing, Action>(),
        id: 'a',
        loading: false,
        loadError: new ApiError(404, null),
      },
    },
    {
      name: 'an action waits and clears the last outcome',
      state: { ...shown, failed: 'save' as const, actionError: refused, done: 'submit' as const },
      event: { type: 'acting' as const, action: 'save' as const },
      expected: { ...shown, pending: 'save' as const },
    },
    {
      name: 'an accepted action shows the answer',
      state: { ...shown, pending: 'save' as const },
      event: { type: 'acted' as const, action: 'save' as const, value: saved },
      expected: { ...shown, value: saved, done: 'save' as const },
    },
    {
      name: 'an answer without a record keeps the one shown',
      state: { ...shown, pending: 'save' as const },
      event: { type: 'acted' as const, action: 'save' as const, value: null },
      expected: { ...shown, done: 'save' as const },
    },
    {
      name: 'a refused action keeps the record and says why',
      state: { ...shown, pending: 'submit' as const },
      event: { type: 'actionFailed' as const, action: 'submit' as const, error: refused },
      expected: { ...shown, failed: 'submit' as const, actionError: refused },
    },
    {
      name: 'a refresh keeps the refusal on screen',
      state: { ...shown, failed: 'submit' as const, actionError: refused },
      event: { type: 'refreshed' as const, value: saved },
      expected: { ...shown, value: saved, failed: 'submit' as const, actionError: refused },
    },
  ])('$name', ({ state, event, expected }) => {
    expect(reduceDetail<Thing, Action>(state, event)).toEqual(expected);
  });
});
