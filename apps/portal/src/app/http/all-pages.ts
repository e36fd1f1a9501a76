import { MAX_PAGE_SIZE, Page } from '@franscore/domain';
import { EMPTY, Observable, expand, map, reduce } from 'rxjs';

/**
 * Every item of a list, fetched `MAX_PAGE_SIZE` at a time, one page after the
 * other (the server's page size cap; lists here are a network's locations, a
 * few pages at most).
 */
export function allPages<T>(
  fetchPage: (page: number, pageSize: number) => Observable<Page<T>>,
): Observable<T[]> {
  return fetchPage(1, MAX_PAGE_SIZE).pipe(
    expand((page) =>
      page.page * page.pageSize < page.total && page.items.length > 0
        ? fetchPage(page.page + 1, MAX_PAGE_SIZE)
        : EMPTY,
    ),
    map((page) => page.items),
    reduce<T[], T[]>((all, items) => [...all, ...items], []),
  );
}
