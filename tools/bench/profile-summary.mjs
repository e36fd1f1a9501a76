#!/usr/bin/env node
// Self time per function of a .cpuprofile (from `npm run bench -- --cpu-prof`), heaviest first.
// Usage: node tools/bench/profile-summary.mjs <file.cpuprofile> [top=25] [--during=<function>] [--inclusive]
//   --during=submit@public-intake  only the samples between the first and the last one whose stack holds that
//                    function (of a file whose path holds the part after @); a whole run's profile is mostly
//                    seeding, and that one windows the intake's app side
//   --inclusive      time with callees (a frame counted once per sample), instead of self time
import { readFileSync } from 'node:fs';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const [file, top = '25'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [during, inFile = ''] = flags.find((f) => f.startsWith('--during='))?.slice('--during='.length).split('@') ?? [];
const inclusive = flags.includes('--inclusive');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|apps|libs|tools)\//, '$1/')}:${lineNumber + 1}`;
const stackOf = (id) => {
  const frames = [];
  for (let at = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at).callFrame);
  return frames;
};

const dt = profile.timeDeltas;
let from = 0;
let to = profile.samples.length - 1;
if (during) {
  const hits = profile.samples.flatMap((id, i) => (stackOf(id).some((f) => f.functionName === during && f.url.includes(inFile)) ? [i] : []));
  if (!hits.length) throw new Error(`no sample holds ${during}`);
  [from, to] = [hits[0], hits[hits.length - 1]];
}
const time = new Map();
for (let i = from; i <= to; i++) {
  const ms = (dt[i] ?? 0) / 1000;
  const keys = inclusive ? new Set(stackOf(profile.samples[i]).map(keyOf)) : [keyOf(byId.get(profile.samples[i]).callFrame)];
  for (const key of keys) time.set(key, (time.get(key) ?? 0) + ms);
}
let total = 0;
for (let i = from; i <= to; i++) total += (dt[i] ?? 0) / 1000;
console.log(`total sampled ${(total / 1000).toFixed(1)} s${during ? ` (during ${during}: samples ${from} to ${to})` : ''}${inclusive ? ', inclusive' : ''}`);
for (const [k, ms] of [...time].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${(ms / 1000).toFixed(2).padStart(7)} s ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
}
