import { markdownTable, runBench } from './run-bench';
import { benchOptions } from './bench-options';

/**
 * `npm run bench` (tools/bench/bench.mjs) passes its arguments in BENCH_ARGS:
 * --sizes=1000,10000 --databases=postgres,embedded --embedded-max=1000 --quick --explain.
 */
describe('bench', () => {
  it('measures every path against its raw limit', async () => {
    const opts = benchOptions((process.env['BENCH_ARGS'] ?? '').split(' ').filter(Boolean), process.env);
    const say = (line: string) => process.stdout.write(`${line}\n`);
    const report = await runBench(opts, say);
    say(markdownTable(report));
    expect(report.results.map((f) => f.name)).toEqual(expect.arrayContaining(['intake', 'recompute', 'league_p99']));
  });
});
