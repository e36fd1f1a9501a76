import { EntityManager } from 'typeorm';

/** One page of a list and how many rows the whole list has. */
export interface PagedQuery {
  /** The rows' `SELECT ... FROM ...` (joins for their columns included), up to its WHERE. */
  select: string;
  /**
   * What the count reads: the `FROM ...` with only the joins the condition needs, so the
   * count does not pay for the joins that only feed the page's columns.
   */
  from: string;
  /** The condition, on the aliases of both `select` and `from`; its parameters are `params`. */
  where: string;
  params: readonly unknown[];
  /** Between WHERE and ORDER BY, for rows aggregated per list item (`GROUP BY u.id`). */
  groupBy?: string;
  orderBy: string;
  page: number;
  pageSize: number;
}

/**
 * The count and the page as two statements: the count does not depend on the
 * page, so a page past the end still reports the total.
 */
export async function pageOf<Row>(m: Pick<EntityManager, 'query'>, q: PagedQuery): Promise<{ rows: Row[]; total: number }> {
  const [{ n }]: Array<{ n: string | number }> = await m.query(`SELECT count(*) AS n ${q.from} WHERE ${q.where}`, [...q.params]);
  const rows: Row[] = await m.query(
    `${q.select} WHERE ${q.where} ${q.groupBy ?? ''} ORDER BY ${q.orderBy} LIMIT $${q.params.length + 1} OFFSET $${q.params.length + 2}`,
    [...q.params, q.pageSize, (q.page - 1) * q.pageSize],
  );
  return { rows, total: Number(n) };
}
