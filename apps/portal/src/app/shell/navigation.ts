import { ROLES, Role } from '@franscore/domain';

export interface NavEntry {
  readonly path: string;
  readonly labelKey: string;
  readonly roles: readonly Role[];
}

const ALL_BUT_STAFF: readonly Role[] = ['admin', 'auditor', 'regional_manager', 'franchisee'];

/** Only screens that exist; a role sees an entry only when the API lets it use the screen. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  // Each role's home: the audit plan, the region, the locations, the network.
  { path: '/home', labelKey: 'shell.home', roles: ALL_BUT_STAFF },
  // The open complaints of the people who handle them, most urgent first.
  { path: '/now', labelKey: 'shell.now', roles: ['location_staff', 'franchisee'] },
  { path: '/inbox', labelKey: 'shell.inbox', roles: ROLES },
  { path: '/network', labelKey: 'shell.network', roles: ROLES },
  // The server scopes the lists to what each role may see.
  { path: '/complaints', labelKey: 'shell.complaints', roles: ROLES },
  { path: '/league', labelKey: 'shell.league', roles: ROLES },
  { path: '/overview', labelKey: 'shell.overview', roles: ROLES },
  { path: '/scorecards', labelKey: 'shell.scorecards', roles: ROLES },
  // Auditors and admins run audits; the others read the audits of their scope.
  { path: '/audits', labelKey: 'shell.audits', roles: ALL_BUT_STAFF },
  { path: '/enforcement', labelKey: 'shell.enforcement', roles: ALL_BUT_STAFF },
  { path: '/reviews', labelKey: 'shell.reviews', roles: ['regional_manager', 'admin', 'auditor'] },
  { path: '/policies', labelKey: 'shell.policies', roles: ['admin', 'auditor'] },
  // Head office writes them; everyone reads the one of a complaint on its page.
  { path: '/playbooks', labelKey: 'shell.playbooks', roles: ['admin', 'auditor'] },
  // Tokens of in-store buttons, partners and point-of-sale feeds.
  { path: '/api-clients', labelKey: 'shell.apiClients', roles: ['admin'] },
  // Users, regions, franchisees, locations and head office's settings.
  { path: '/admin', labelKey: 'shell.admin', roles: ['admin'] },
  // Every change of consequence, chained; auditors read it too.
  { path: '/audit-log', labelKey: 'shell.auditLog', roles: ['admin', 'auditor'] },
  // The chain's systems told of complaints, breaches, scorecards and cases.
  { path: '/webhooks', labelKey: 'shell.webhooks', roles: ['admin'] },
];

export function navigationFor(role: Role | undefined): NavEntry[] {
  return role ? NAV_ENTRIES.filter((entry) => entry.roles.includes(role)) : [];
}

/**
 * Where a role lands after signing in: its home (the auditor's audit plan, the
 * regional manager's region, the franchisee's locations, head office's network);
 * for staff, the running complaint clocks. The inbox stays in the menu.
 */
export function homeFor(role: Role | undefined): string {
  switch (role) {
    case 'admin':
    case 'auditor':
    case 'regional_manager':
    case 'franchisee':
      return '/home';
    case 'location_staff':
      return '/now';
    case undefined:
      return '/network';
  }
}
