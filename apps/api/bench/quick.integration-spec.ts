import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateNetwork } from '@franscore/seed';
import { planCopies } from './bench-seed';
import { benchOptions } from './bench-options';
import { RESULTS_DIR, runBench } from './run-bench';

/**
 * The bench in quick mode on the test database, so it never rots: it must run
 * and answer every figure; its times are never checked here.
 */
describe('npm run bench -- --quick', () => {
  it('measures every path on a small network and writes no results', async () => {
    const latest = join(RESULTS_DIR, 'latest.json');
    const before = existsSync(latest) ? statSync(latest).mtimeMs : null;
    const opts = benchOptions(['--quick'], process.env);
    const report = await runBench(opts, () => undefined);

    expect(report.runs).toHaveLength(1);
    expect(report.runs[0].complaints).toBeGreaterThan(1000);
    const names = report.results.map((f) => f.name);
    for (const name of ['intake', 'recompute', 'recompute_per_location', 'league_p50', 'league_p99', 'scorecard_p50', 'scorecard_p99', 'complaint_list']) {
      expect(names).toContain(name);
    }
    for (const f of report.results) expect(f).toEqual(expect.objectContaining({ name: expect.any(String), unit: expect.any(String) }));
    expect(report.results.filter((f) => ![f.value, f.limit, f.ratio].every((n) => Number.isFinite(n) && n > 0))).toEqual([]);
    expect(existsSync(latest) ? statSync(latest).mtimeMs : null).toBe(before);
  }, 120_000);
});

describe(benchOptions.name, () => {
  it.each([
    [['--sizes=1000,10000'], {}, { sizes: [1000, 10000], databases: ['postgres', 'embedded'], quick: false, write: true }],
    [['--quick'], {}, { sizes: [200], databases: ['embedded'], quick: true, write: false }],
    [['--quick'], { TEST_DATABASE_URL: 'postgres://x/y' }, { databases: ['postgres'], serverUrl: 'postgres://x/y' }],
    [[], { BENCH_DATABASE_URL: 'postgres://b/c' }, { sizes: [1000, 10000, 50000], serverUrl: 'postgres://b/c' }],
  ])('%j %j', (args, env, expected) => {
    expect(benchOptions(args, env)).toEqual(expect.objectContaining(expected));
  });

  it.each([['--sizes=ten'], ['--databases=mysql']])('refuses %s', (arg) => {
    expect(() => benchOptions([arg], {})).toThrow(arg.slice(2, arg.indexOf('=')));
  });
});

describe(planCopies.name, () => {
  it('generates the first locations and every calendar, and copies the rest from a template of the same calendar', () => {
    const net = generateNetwork(1, { regions: 7, franchisees: 40, locations: 600 });
    const { generated, copies } = planCopies(net.locations, 50);
    const byId = new Map(net.locations.map((l) => [l.id, l]));
    const calendar = (id: string) => JSON.stringify([byId.get(id)?.timeZone, byId.get(id)?.businessHours]);
    expect(generated.slice(0, 50)).toEqual(net.locations.slice(0, 50));
    expect(generated.length + copies.length).toBe(600);
    expect(new Set([...generated.map((l) => l.id), ...copies.map((c) => c.targetId)]).size).toBe(600);
    const templates = new Set(generated.map((l) => l.id));
    for (const c of copies) {
      expect(templates.has(c.templateId)).toBe(true);
      expect(calendar(c.templateId)).toBe(calendar(c.targetId));
    }
  });
});
