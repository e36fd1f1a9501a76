import { ComplaintFlag } from '@franscore/domain';

/** The text a franchisee's dispute cites: the references behind the flag. */
export function flagEvidenceText(flag: ComplaintFlag, label: string, elsewhere: string): string {
  const refs = flag.related.map((r) => r.reference).join(', ');
  return [refs ? `${label}: ${refs}` : '', flag.relatedElsewhere ? elsewhere : ''].filter(Boolean).join('; ');
}
