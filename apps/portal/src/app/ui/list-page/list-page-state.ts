import { ApiError } from '../../http/api-error';

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

/** What the frame reads from a page's store: a pagedList() or a store shaped like one. */
export interface ListSource {
  loading(): boolean;
  error(): ApiError | null;
  total(): number;
  retry(): void;
}

/** A store that keeps its own page. A list paged through the URL is not one: the page binds `page` and `pageSize`. */
export interface PagedSource extends ListSource {
  filters(): { readonly page: number; readonly pageSize: number };
  showPage(pageIndex: number, pageSize: number): void;
}

export function isPaged(list: ListSource): list is PagedSource {
  return 'filters' in list && 'showPage' in list;
}

/** The page sizes most lists offer; the API takes at most 200. */
export const DEFAULT_PAGE_SIZES = [25, 50, 100, 200];

/** The page shown: what the page binds wins over what its store keeps. */
export function shownPage(
  kept: { readonly page: number; readonly pageSize: number } | null,
  page: number | undefined,
  pageSize: number | undefined,
): { page: number; pageSize: number } {
  return {
    page: page ?? kept?.page ?? 1,
    pageSize: pageSize ?? kept?.pageSize ?? DEFAULT_PAGE_SIZES[1],
  };
}
