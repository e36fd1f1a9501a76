/** The root: its redirect sends each role to its own home (see shell/navigation.ts). */
export const HOME_URL = '/';

/** Only paths inside the portal: `//host` or `/\host` would leave the origin. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return HOME_URL;
  if (value === '/' || value.startsWith('/sign-in')) return HOME_URL;
  return value;
}
