#!/usr/bin/env node
// `npm run bench -- --sizes=1000,10000 [--databases=postgres,embedded] [--embedded-max=1000] [--quick] [--cpu-prof]`
// Jest refuses options it does not know, so the bench's own arguments travel in BENCH_ARGS.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const args = process.argv.slice(2);
const root = join(import.meta.dirname, '../..');
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const node = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', '--max-old-space-size=8192'];
if (args.includes('--cpu-prof')) node.push('--cpu-prof', `--cpu-prof-dir=${join(root, 'tools/bench/results/profiles')}`);
const run = spawnSync(process.execPath, [...node, jest, '-c', 'apps/api/jest.bench.config.js', '--runInBand'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC', BENCH_ARGS: args.filter((a) => a !== '--cpu-prof').join(' ') },
});
process.exit(run.status ?? 1);
