import { ListPageState, ListSource, isPaged, listPageView, shownPage } from './list-page-state';

const settled: ListPageState = {
  loading: false,
  working: false,
  failed: false,
  empty: false,
  total: 120,
};

describe(listPageView.name, () => {
  it.each<[string, Partial<ListPageState>, ReturnType<typeof listPageView>]>([
    [
      'rows shown: table and total, not busy',
      {},
      { busy: false, progress: false, empty: false, settledTotal: 120 },
    ],
    [
      'loading: busy, progress bar, no total yet, no empty state though no rows came yet',
      { loading: true, empty: true, total: 0 },
      { busy: true, progress: true, empty: false, settledTotal: null },
    ],
    [
      'loaded with no rows: the empty state',
      { empty: true, total: 0 },
      { busy: false, progress: false, empty: true, settledTotal: 0 },
    ],
    [
      'failed: no empty state, the banner says what happened',
      { failed: true, empty: true, total: 0 },
      { busy: false, progress: false, empty: false, settledTotal: 0 },
    ],
    [
      'an export running: progress bar, but the list is not busy',
      { working: true },
      { busy: false, progress: true, empty: false, settledTotal: 120 },
    ],
  ])('%s', (_name, change, expected) => {
    expect(listPageView({ ...settled, ...change })).toEqual(expected);
  });
});

describe(shownPage.name, () => {
  it.each<[string, Parameters<typeof shownPage>, ReturnType<typeof shownPage>]>([
    [
      'a store keeping its page',
      [{ page: 3, pageSize: 100 }, undefined, undefined],
      { page: 3, pageSize: 100 },
    ],
    ['a list paged through the URL', [null, 2, 25], { page: 2, pageSize: 25 }],
    [
      'the URL wins over what the store kept',
      [{ page: 1, pageSize: 50 }, 4, 200],
      { page: 4, pageSize: 200 },
    ],
    ['nothing said: the first page of 50', [null, undefined, undefined], { page: 1, pageSize: 50 }],
  ])('%s', (_name, args, expected) => {
    expect(shownPage(...args)).toEqual(expected);
  });
});

describe(isPaged.name, () => {
  const list = { loading: () => false, error: () => null, total: () => 0, retry: () => undefined };

  it('is a store that keeps its page and is told of page changes', () => {
    const paged = {
      ...list,
      filters: () => ({ page: 1, pageSize: 50 }),
      showPage: () => undefined,
    };
    expect(isPaged(paged)).toBe(true);
  });

  it('is not a store whose page lives in the URL, even with filters of its own', () => {
    const withFilters: ListSource & { filters(): { page: number; pageSize: number } } = { ...list, filters: () => ({ page: 1, pageSize: 50 }) };
    expect(isPaged(withFilters)).toBe(false);
    expect(isPaged(list)).toBe(false);
  });
});
