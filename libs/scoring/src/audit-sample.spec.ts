import { sampleCases, SampleCandidate } from './audit-sample';

const make = (minor: number, major: number, critical: number): SampleCandidate[] => [
  ...Array.from({ length: minor }, (_, i) => ({ id: `minor-${i}`, severity: 'minor' as const })),
  ...Array.from({ length: major }, (_, i) => ({ id: `major-${i}`, severity: 'major' as const })),
  ...Array.from({ length: critical }, (_, i) => ({ id: `critical-${i}`, severity: 'critical' as const })),
];
const bySeverity = (ids: string[]) => ({
  minor: ids.filter((i) => i.startsWith('minor')).length,
  major: ids.filter((i) => i.startsWith('major')).length,
  critical: ids.filter((i) => i.startsWith('critical')).length,
});

describe(sampleCases.name, () => {
  it.each([
    { name: 'proportional with every severity present', pool: make(12, 6, 2), size: 5, expected: { minor: 3, major: 1, critical: 1 } },
    { name: 'a rare critical case is never left out', pool: make(40, 0, 1), size: 3, expected: { minor: 2, major: 0, critical: 1 } },
    { name: 'fewer candidates than the size takes them all', pool: make(2, 1, 0), size: 5, expected: { minor: 2, major: 1, critical: 0 } },
    { name: 'nothing to sample', pool: make(0, 0, 0), size: 5, expected: { minor: 0, major: 0, critical: 0 } },
  ])('$name', ({ pool, size, expected }) => {
    const ids = sampleCases(pool, size, 42);
    expect(bySeverity(ids)).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is reproducible from its seed and varies with it', () => {
    const pool = make(30, 10, 3);
    expect(sampleCases(pool, 6, 7)).toEqual(sampleCases([...pool].reverse(), 6, 7));
    expect(sampleCases(pool, 6, 7)).not.toEqual(sampleCases(pool, 6, 8));
  });
});
