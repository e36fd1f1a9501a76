import type { BenchDatabase, BenchOptions } from './run-bench';

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Reads the bench's command line; --quick is one small run on one database, written nowhere. */
export function benchOptions(args: readonly string[], env: Record<string, string | undefined>): BenchOptions {
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = args.includes('--quick');
  const list = (name: string) => value(name)?.split(',').map((s) => s.trim()).filter(Boolean);
  const sizes = (list('sizes') ?? (quick ? ['200'] : ['1000', '10000', '50000'])).map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 10) throw new Error(`--sizes: ${s} is not a whole number of locations (10 or more)`);
    return n;
  });
  const databases = (list('databases') ?? (quick ? [env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'] : ['postgres', 'embedded'])).map((d) => {
    if (d !== 'postgres' && d !== 'embedded') throw new Error(`--databases: ${d} is neither postgres nor embedded`);
    return d as BenchDatabase;
  });
  const embeddedMax = Number(value('embedded-max') ?? 1000);
  const serverUrl = env['BENCH_DATABASE_URL'] ?? env['TEST_DATABASE_URL'] ?? DEFAULT_SERVER;
  return { sizes, databases, embeddedMax, quick, serverUrl, write: !quick, explain: args.includes('--explain'), keep: args.includes('--keep') };
}
