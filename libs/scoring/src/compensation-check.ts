import type { CompensationRange } from '@franscore/domain';

export interface OfferedCompensation {
  kind: CompensationRange['kinds'][number];
  value: number;
}

/** Why an offer is outside the playbook's range (the field at fault), or null when it fits. */
export function compensationOutOfRange(range: CompensationRange, offer: OfferedCompensation): { field: 'kind' | 'value'; message: string } | null {
  if (!range.kinds.includes(offer.kind)) return { field: 'kind', message: `the playbook offers ${range.kinds.join(', ')}` };
  if (offer.value < range.min || offer.value > range.max) return { field: 'value', message: `the playbook's range is ${range.min}-${range.max} ${range.currency}` };
  return null;
}
