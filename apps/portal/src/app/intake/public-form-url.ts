/** The customer form of a location, inside the portal. */
export function publicFormPath(code: string): string {
  return `/c/${encodeURIComponent(code)}`;
}

/** The address to print on a poster: the origin the portal is served from, so it works wherever it runs. */
export function publicFormUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${publicFormPath(code)}`;
}
