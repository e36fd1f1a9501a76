import { ROLES, Role } from '@franscore/domain';

export interface NavEntry {
  readonly path: string;
  readonly labelKey: string;
  readonly roles: readonly Role[];
}

/** Only screens that exist; a role sees an entry only when the API lets it use the screen. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/network', labelKey: 'shell.network', roles: ROLES },
  // The server scopes the list to what each role may see.
  { path: '/complaints', labelKey: 'shell.complaints', roles: ROLES },
];

export function navigationFor(role: Role | undefined): NavEntry[] {
  return role ? NAV_ENTRIES.filter((entry) => entry.roles.includes(role)) : [];
}
