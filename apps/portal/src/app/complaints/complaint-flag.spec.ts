import { ComplaintFlag } from '@franscore/domain';
import { flagEvidenceText } from './complaint-flag';

const evidence = (reference: string) => ({ id: reference, reference, locationCode: 'MSK-001', receivedAt: '2026-11-02T09:40:00.000Z' });
const flag = (related: string[], relatedElsewhere: number): ComplaintFlag => ({
  complaintId: 'c',
  flagged: true,
  rules: ['many_locations'],
  related: related.map(evidence),
  relatedElsewhere,
});

describe(flagEvidenceText.name, () => {
  it.each([
    { name: 'names the references the franchisee may see', flag: flag(['FS-1', 'FS-2'], 0), text: 'Others: FS-1, FS-2' },
    { name: 'adds the count of those elsewhere', flag: flag(['FS-1'], 2), text: 'Others: FS-1; +2 elsewhere' },
    { name: 'only the count when none is visible', flag: flag([], 2), text: '+2 elsewhere' },
  ])('$name', ({ flag, text }) => {
    expect(flagEvidenceText(flag, 'Others', `+${flag.relatedElsewhere} elsewhere`)).toBe(text);
  });
});
