import type { CompensationRange } from '@franscore/domain';
import { compensationOutOfRange } from './compensation-check';

const RANGE: CompensationRange = { kinds: ['voucher', 'refund'], min: 5, max: 20, currency: 'EUR' };

describe(compensationOutOfRange.name, () => {
  it.each([
    { name: 'inside the range', offer: { kind: 'voucher', value: 10 }, field: null },
    { name: 'at the minimum', offer: { kind: 'refund', value: 5 }, field: null },
    { name: 'at the maximum', offer: { kind: 'refund', value: 20 }, field: null },
    { name: 'below the minimum', offer: { kind: 'voucher', value: 4.99 }, field: 'value' },
    { name: 'above the maximum', offer: { kind: 'voucher', value: 20.01 }, field: 'value' },
    { name: 'a kind the playbook does not offer', offer: { kind: 'gift', value: 10 }, field: 'kind' },
  ] as const)('$name', ({ offer, field }) => {
    expect(compensationOutOfRange(RANGE, offer)?.field ?? null).toBe(field);
  });
});
