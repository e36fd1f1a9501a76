import { canonicalJson, ChainedEntry, entryHash, findChainBreak, GENESIS_HASH } from './audit-chain';

function chain(n: number): Array<ChainedEntry & { hash: string }> {
  const out: Array<ChainedEntry & { hash: string }> = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e: ChainedEntry = {
      seq,
      at: `2026-01-0${seq}T10:00:00.000Z`,
      actorId: null,
      actorLabel: 'system',
      action: 'region.created',
      entityType: 'region',
      entityId: `r${seq}`,
      before: null,
      after: { name: `Region ${seq}`, code: `R${seq}` },
      prevHash,
    };
    const hash = entryHash(e);
    out.push({ ...e, hash });
    prevHash = hash;
  }
  return out;
}

describe(findChainBreak.name, () => {
  it('accepts an intact chain', () => {
    expect(findChainBreak(chain(5))).toBeNull();
  });

  it.each([
    {
      name: 'edited content',
      tamper: (c: ReturnType<typeof chain>) => (c[2].after = { name: 'Edited', code: 'R3' }),
      seq: 3,
    },
    { name: 'a deleted entry', tamper: (c: ReturnType<typeof chain>) => c.splice(1, 1), seq: 3 },
    {
      name: 'a re-hashed entry breaking the next link',
      tamper: (c: ReturnType<typeof chain>) => {
        c[1].actorLabel = 'mallory';
        const { hash: _old, ...rest } = c[1];
        c[1].hash = entryHash(rest);
      },
      seq: 3,
    },
  ])('names the first broken entry after $name', ({ tamper, seq }) => {
    const c = chain(5);
    tamper(c);
    expect(findChainBreak(c)?.seq).toBe(seq);
  });
});

describe(canonicalJson.name, () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 }));
  });
});
