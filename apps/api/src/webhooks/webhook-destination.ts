import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isInternalAddress } from './private-address';

/**
 * Why a URL may not receive webhooks, or null: it must be https and every
 * address its host resolves to must be public, unless development allows
 * private destinations (WEBHOOKS_ALLOW_PRIVATE). Checked at registration; the
 * sender checks the dialled address again at every send.
 */
export async function destinationProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const target = new URL(url);
  if (target.protocol !== 'https:') return 'must be an https URL';
  const host = target.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return `${host} does not resolve`;
  }
  const internal = addresses.find((a) => isInternalAddress(a));
  return internal ? `${host} resolves to ${internal}: loopback, private, link-local and unique-local addresses are refused` : null;
}
