import { DataSource } from 'typeorm';
import { freshTestDatabase } from '../test/test-database';
import { dataSourceOptions } from './data-source';
import { DatabaseHandle } from './embedded-database';
import { pageOf, PagedQuery } from './paged-query';

interface Shelf {
  code: string;
  tags: string[];
}

const SHELVES = `SELECT s.code, array_agg(t.tag ORDER BY t.tag) AS tags FROM probe_shelf s JOIN probe_tag t ON t.shelf = s.code`;
const query = (over: Partial<PagedQuery>): PagedQuery => ({
  select: SHELVES,
  from: 'FROM probe_shelf s',
  where: 's.aisle = $1',
  params: ['A'],
  groupBy: 'GROUP BY s.code',
  orderBy: 's.code',
  page: 1,
  pageSize: 2,
  ...over,
});

describe(pageOf.name, () => {
  let db: DatabaseHandle;
  let ds: DataSource;

  beforeAll(async () => {
    db = await freshTestDatabase();
    ds = new DataSource({ ...dataSourceOptions(db), entities: [], migrations: [], migrationsRun: false });
    await ds.initialize();
    // Ten shelves S01..S10, the odd ones in aisle A; each has as many tags as its number, so its row is an aggregate.
    await ds.query(`CREATE TABLE probe_shelf (code text PRIMARY KEY, aisle text NOT NULL)`);
    await ds.query(`CREATE TABLE probe_tag (shelf text NOT NULL REFERENCES probe_shelf, tag text NOT NULL)`);
    await ds.query(
      `INSERT INTO probe_shelf (code, aisle) SELECT 'S' || lpad(i::text, 2, '0'), CASE WHEN i % 2 = 1 THEN 'A' ELSE 'B' END FROM generate_series(1, 10) i`,
    );
    await ds.query(`INSERT INTO probe_tag (shelf, tag) SELECT 'S' || lpad(i::text, 2, '0'), 't' || j FROM generate_series(1, 10) i, generate_series(1, i) j`);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db.close();
  });

  it.each([
    { name: 'the first page', page: 1, pageSize: 2, codes: ['S01', 'S03'] },
    { name: 'a middle page', page: 2, pageSize: 2, codes: ['S05', 'S07'] },
    { name: 'the last page, short', page: 3, pageSize: 2, codes: ['S09'] },
    { name: 'one page holding all', page: 1, pageSize: 200, codes: ['S01', 'S03', 'S05', 'S07', 'S09'] },
    { name: 'a page past the end', page: 4, pageSize: 2, codes: [] },
  ])('$name: the rows of the condition in order, and the total of the whole list', async ({ page, pageSize, codes }) => {
    const sut = await pageOf<Shelf>(ds.manager, query({ page, pageSize }));
    expect(sut.rows.map((r) => r.code)).toEqual(codes);
    expect(sut.total).toBe(5);
  });

  it('counts list items, not the joined rows their columns aggregate', async () => {
    const sut = await pageOf<Shelf>(ds.manager, query({ page: 2, pageSize: 1 }));
    expect(sut.rows).toEqual([{ code: 'S03', tags: ['t1', 't2', 't3'] }]);
    expect(sut.total).toBe(5);
  });

  it('numbers LIMIT and OFFSET after every parameter of the condition', async () => {
    const sut = await pageOf<Shelf>(ds.manager, query({ where: 's.aisle = $1 AND s.code > $2', params: ['B', 'S04'], orderBy: 's.code DESC', pageSize: 2 }));
    expect(sut.rows.map((r) => r.code)).toEqual(['S10', 'S08']);
    expect(sut.total).toBe(3);
  });

  it('answers an empty list with no rows and a total of 0', async () => {
    const sut = await pageOf<Shelf>(ds.manager, query({ params: ['Z'] }));
    expect(sut).toEqual({ rows: [], total: 0 });
  });
});
