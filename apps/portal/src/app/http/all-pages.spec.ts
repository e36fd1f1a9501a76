import { Page } from '@franscore/domain';
import { firstValueFrom, of } from 'rxjs';
import { allPages } from './all-pages';

function pages(total: number, size: number) {
  const asked: number[] = [];
  const fetch = (page: number) => {
    asked.push(page);
    const items = Array.from(
      { length: Math.max(0, Math.min(size, total - (page - 1) * size)) },
      (_, i) => (page - 1) * size + i,
    );
    return of<Page<number>>({ items, total, page, pageSize: size });
  };
  return { asked, fetch };
}

describe(allPages.name, () => {
  it.each([
    { name: 'one page', total: 3, size: 200, pagesAsked: [1] },
    { name: 'exactly full', total: 4, size: 2, pagesAsked: [1, 2] },
    { name: 'a partial last page', total: 5, size: 2, pagesAsked: [1, 2, 3] },
    { name: 'nothing', total: 0, size: 2, pagesAsked: [1] },
  ])('$name', async ({ total, size, pagesAsked }) => {
    const { asked, fetch } = pages(total, size);
    const items = await firstValueFrom(allPages(fetch));
    expect(items).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(asked).toEqual(pagesAsked);
  });
});
