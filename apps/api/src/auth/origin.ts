/**
 * Whether a request's Origin header names another site than the host it was
 * sent to (express's `req.host`: the Host header, or X-Forwarded-Host from a
 * TRUST_PROXY). No Origin (same-origin GETs, non-browser clients) is not foreign;
 * one that is not a URL at all ("null" from a sandboxed frame, garbage) is.
 */
export function isForeignOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
