import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { isInternalAddress } from './private-address';

/** What one POST came to: the status, or why there was none. */
export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  /** Aborts the request when the worker stops (shutdown). */
  signal: AbortSignal;
}

export class InternalAddressError extends Error {}

/**
 * Resolves like dns.lookup, then refuses the connection if any address is
 * internal: checked at connect time on the addresses actually dialled, so a
 * name that resolved to a public address at registration and to 10.0.0.5 now
 * (DNS rebinding) is still refused.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const internal = addresses.find((a) => isInternalAddress(a.address));
    if (internal) return callback(new InternalAddressError(`${hostname} resolves to an internal address (${internal.address})`), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/**
 * POSTs one delivery. Redirects are not followed (a 3xx is a failed attempt),
 * the answer's body is not read, and the whole exchange is bounded by the
 * timeout. Never throws: a failure is a result with an error.
 */
export function sendWebhook(url: string, headers: Record<string, string>, body: string, options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): SendResult => ({ statusCode, error, durationMs: Math.round(performance.now() - started) });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(done(null, 'invalid URL'));
  }
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate) {
    if (target.protocol !== 'https:') return Promise.resolve(done(null, 'refused: only https is allowed'));
    // A literal address is dialled without a lookup, so it is checked here.
    if (isIP(literal) && isInternalAddress(literal)) return Promise.resolve(done(null, `refused: ${literal} is an internal address`));
  }
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString() },
        signal,
        agent: false,
        ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (res) => {
        const status = res.statusCode ?? null;
        res.destroy();
        resolve(done(status, null));
      },
    );
    req.on('error', (e: Error) => {
      if (options.signal.aborted) resolve(done(null, 'interrupted: the server is shutting down'));
      else if (signal.aborted) resolve(done(null, `timed out after ${options.timeoutMs} ms`));
      else if (e instanceof InternalAddressError) resolve(done(null, `refused: ${e.message}`));
      else resolve(done(null, e.message || (e as NodeJS.ErrnoException).code || 'request failed'));
    });
    req.end(body);
  });
}
