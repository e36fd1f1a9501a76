import { ListPageState, listPageView } from './list-page-state';

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
