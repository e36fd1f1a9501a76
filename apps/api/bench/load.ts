import { Agent, request } from 'node:http';

/** One keep-alive agent per run: connection setup is not what the bench measures. */
export function keepAliveAgent(sockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: sockets });
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** A plain HTTP request on the agent (autocannon is not installed; fetch pools its own sockets). */
export function http(agent: Agent, url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Time each side of a figure may take. */
export const BUDGET_MS = 20_000;

export interface LoadResult {
  /** Operations per second over the whole run. */
  rate: number;
  p50: number;
  p99: number;
  ms: number;
}

/** p-th percentile (0..100) of latencies in ms, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs up to `total` operations with `concurrency` workers pulling the next
 * index, starting no new one after `budgetMs` (slow paths on a big network
 * would otherwise take hours); a failed operation fails the run, so a figure
 * is never made of errors.
 */
export async function load(total: number, concurrency: number, op: (i: number) => Promise<void>, budgetMs = BUDGET_MS): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
  const worker = async () => {
    for (let i = next++; i < total && (i < concurrency || elapsed() < budgetMs); i = next++) {
      const t0 = process.hrtime.bigint();
      await op(i);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const ms = elapsed();
  latencies.sort((a, b) => a - b);
  return { rate: (latencies.length * 1000) / ms, p50: percentile(latencies, 50), p99: percentile(latencies, 99), ms };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}
