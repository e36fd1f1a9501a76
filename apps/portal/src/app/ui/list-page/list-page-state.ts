/** What a list page shows around its table, from the state of its list; kept apart so plain Jest can test it. */
export interface ListPageState {
  readonly loading: boolean;
  /** Another request of the page (an export) that shows the progress bar without making the list busy. */
  readonly working: boolean;
  readonly failed: boolean;
  readonly empty: boolean;
  readonly total: number;
}

export interface ListPageView {
  /** `aria-busy` of the page: screen readers wait for the rows. */
  readonly busy: boolean;
  readonly progress: boolean;
  /** Not while loading (the rows may be on their way) nor after a failure (the banner says what happened). */
  readonly empty: boolean;
  /** The count for the status line's `data-total`, absent while it may still change. */
  readonly settledTotal: number | null;
}

export function listPageView(state: ListPageState): ListPageView {
  return {
    busy: state.loading,
    progress: state.loading || state.working,
    empty: !state.failed && !state.loading && state.empty,
    settledTotal: state.loading ? null : state.total,
  };
}

/** The page the user asked for: `pageIndex` counts from 0 as the paginator does, the stores turn it into the API's 1-based page. */
export interface PageRequest {
  readonly pageIndex: number;
  readonly pageSize: number;
}
