import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
}

/** JSON with sorted keys, so a value read back from jsonb hashes the same as when written. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(e: ChainedEntry): string {
  return createHash('sha256').update(canonicalJson(e)).digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: string;
}

/** Walks entries in order; the first one whose link or hash does not match is the break. */
export function findChainBreak(
  entries: Iterable<ChainedEntry & { hash: string }>,
  previous: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainBreak | null {
  let prev = previous;
  for (const e of entries) {
    if (e.seq !== prev.seq + 1) return { seq: e.seq, reason: `sequence jumps from ${prev.seq} to ${e.seq}` };
    if (e.prevHash !== prev.hash) return { seq: e.seq, reason: 'does not link to the entry before it' };
    const { hash, ...rest } = e;
    if (entryHash(rest) !== hash) return { seq: e.seq, reason: 'content does not match its hash' };
    prev = { seq: e.seq, hash };
  }
  return null;
}
