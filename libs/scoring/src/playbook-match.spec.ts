import type { Category, PlaybookSeverity } from '@franscore/domain';
import { matchPlaybook } from './playbook-match';

const pb = (id: string, category: Category, severity: PlaybookSeverity, version: number) => ({ id, category, severity, version });

describe(matchPlaybook.name, () => {
  const published = [
    pb('food-any-1', 'food_quality', '*', 1),
    pb('food-any-2', 'food_quality', '*', 2),
    pb('food-critical-1', 'food_quality', 'critical', 1),
    pb('food-critical-3', 'food_quality', 'critical', 3),
    pb('food-critical-2', 'food_quality', 'critical', 2),
    pb('wait-major-1', 'wait_time', 'major', 1),
  ];

  it.each([
    { name: 'the newest of the exact severity, whatever the list order', category: 'food_quality', severity: 'critical', expected: 'food-critical-3' },
    { name: 'falls back to the newest `*` when the severity has none', category: 'food_quality', severity: 'minor', expected: 'food-any-2' },
    { name: 'exact severity only, no `*`', category: 'wait_time', severity: 'major', expected: 'wait-major-1' },
    { name: 'a severity without a playbook and no `*`', category: 'wait_time', severity: 'minor', expected: null },
    { name: 'another category never serves', category: 'hygiene', severity: 'critical', expected: null },
  ] as const)('$name', ({ category, severity, expected }) => {
    expect(matchPlaybook(published, category, severity)?.id ?? null).toBe(expected);
  });
});
