import { createDecipheriv, createECDH, createHmac, randomBytes } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** One message a push service would have relayed to a phone. */
export interface ReceivedPush {
  path: string;
  /** When it arrived (ms since the epoch). */
  at: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A browser's side of a subscription: its ECDH key pair and auth secret (RFC 8291), made by the test. */
export interface TestSubscriber {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  decrypt(body: Buffer): string;
}

/**
 * A stand-in push service on loopback (the API sends to it with
 * PUSH_HTTP_LOOPBACK on), for the API's integration tests and the browser journeys: records what the app POSTs to each
 * subscription endpoint and answers with the status set for its path (201 by
 * default), or holds the answer until released, as a stalled service would.
 */
export class PushReceiver {
  readonly received: ReceivedPush[] = [];
  private readonly statuses = new Map<string, number>();
  private readonly held: ServerResponse[] = [];
  private holding = false;
  private server: Server | null = null;
  private port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '';
        this.received.push({ path, at: Date.now(), headers: req.headers, body: Buffer.concat(chunks) });
        res.statusCode = this.statuses.get(path) ?? 201;
        if (this.holding) this.held.push(res);
        else res.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server?.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  answer(path: string, status: number): void {
    this.statuses.set(path, status);
  }

  /** Stalls every answer from now until release(). */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const res of this.held.splice(0)) res.end();
  }

  to(path: string): ReceivedPush[] {
    return this.received.filter((r) => r.path === path);
  }

  /** What reached one subscriber, decrypted as its browser would, with the push service headers that matter. */
  messagesTo(sub: TestSubscriber): Array<{ payload: unknown; urgency: string | undefined; at: number }> {
    const path = new URL(sub.endpoint).pathname;
    return this.to(path).map((r) => ({ payload: JSON.parse(sub.decrypt(r.body)) as unknown, urgency: r.headers['urgency'] as string | undefined, at: r.at }));
  }

  subscriber(path: string): TestSubscriber {
    const ecdh = createECDH('prime256v1');
    const uaPublic = ecdh.generateKeys();
    const auth = randomBytes(16);
    return {
      endpoint: `http://127.0.0.1:${this.port}${path}`,
      keys: { p256dh: uaPublic.toString('base64url'), auth: auth.toString('base64url') },
      decrypt: (body) => decryptAes128gcm(body, ecdh.computeSecret.bind(ecdh), uaPublic, auth),
    };
  }
}

const hmac = (key: Buffer, ...data: Buffer[]) => {
  const h = createHmac('sha256', key);
  for (const d of data) h.update(d);
  return h.digest();
};

/** RFC 8291 §3.4 and RFC 8188 §2: one aes128gcm record, as a browser decrypts it. */
function decryptAes128gcm(body: Buffer, computeSecret: (key: Buffer) => Buffer, uaPublic: Buffer, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20];
  const asPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const ikm = hmac(hmac(auth, computeSecret(asPublic)), Buffer.from('WebPush: info\0'), uaPublic, asPublic, Buffer.from([1]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0'), Buffer.from([1])).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0'), Buffer.from([1])).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then any zero padding.
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end--;
  if (plain[end] !== 2) throw new Error('not a final aes128gcm record');
  return plain.subarray(0, end).toString('utf8');
}
