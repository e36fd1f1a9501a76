import { PlaybookSeverity } from '@franscore/domain';

/** The translation key of a playbook's severity: `*` reads "all severities". */
export function severityKey(severity: PlaybookSeverity): string {
  return severity === '*' ? 'playbooks.allSeverities' : `complaints.severities.${severity}`;
}
