/** The administration screens, in the order of the section navigation. */
export const ADMIN_SECTIONS = ['users', 'regions', 'franchisees', 'locations', 'settings'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];
