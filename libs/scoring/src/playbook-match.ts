import type { Category, PlaybookSeverity, Severity } from '@franscore/domain';

export interface PublishedPlaybookRef {
  category: Category;
  severity: PlaybookSeverity;
  version: number;
}

/**
 * DOMAIN.md "Playbooks": the playbook of a complaint is the newest published
 * one for its category and severity; a `*` playbook serves a severity that has
 * none of its own. Null when the category has neither.
 */
export function matchPlaybook<T extends PublishedPlaybookRef>(published: readonly T[], category: Category, severity: Severity): T | null {
  const newest = (s: PlaybookSeverity): T | null =>
    published.filter((p) => p.category === category && p.severity === s).reduce<T | null>((best, p) => (!best || p.version > best.version ? p : best), null);
  return newest(severity) ?? newest('*');
}
