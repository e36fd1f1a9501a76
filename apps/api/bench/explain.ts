import type { Pool } from 'pg';
import type { DataSource, Logger } from 'typeorm';

/** Plans inline the parameters: a batch's 500 ids would bury the plan. */
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)} …(${s.length - max} more)` : s);

interface Captured {
  sql: string;
  params: unknown[];
  count: number;
}

/**
 * Records the statements the app sends while `work` runs (through TypeORM's
 * logger hook, which sees every query), so their plans can be read afterwards.
 */
export async function captureQueries(ds: DataSource, work: () => Promise<unknown>): Promise<Captured[]> {
  const seen = new Map<string, Captured>();
  const original = ds.logger;
  const capture: Logger = {
    logQuery: (sql, params) => {
      const hit = seen.get(sql);
      if (hit) hit.count++;
      else seen.set(sql, { sql, params: params ?? [], count: 1 });
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(ds, { logger: capture });
  try {
    await work();
  } finally {
    Object.assign(ds, { logger: original });
  }
  return [...seen.values()];
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each read statement captured (writes are
 * analysed too, inside a transaction rolled back), slowest first.
 */
export async function explainAll(raw: Pool, captured: Captured[], title: string): Promise<string> {
  const out: Array<{ ms: number; text: string }> = [];
  for (const q of captured) {
    if (!/^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)/i.test(q.sql)) continue;
    const client = await raw.connect();
    try {
      await client.query('BEGIN');
      const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
      const lines = plan.rows.map((r) => r['QUERY PLAN']);
      const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? 0);
      out.push({ ms, text: `-- ${ms.toFixed(1)} ms, sent ${q.count}x\n${clip(q.sql.trim(), 3000)}\n${lines.map((l) => clip(l, 240)).join('\n')}` });
    } catch (e) {
      out.push({ ms: 0, text: `-- not explained: ${e instanceof Error ? e.message : String(e)}\n${q.sql.trim()}` });
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }
  out.sort((a, b) => b.ms - a.ms);
  return [`## ${title}`, ...out.map((o) => o.text)].join('\n\n');
}
