import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** One POST the receiver got, with its raw body (what a signature is computed over). */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number | null;
}

/**
 * A chain's system on loopback receiving Franscore's webhooks: records every
 * request, answers with the statuses queued for a path (then 200), or, for a
 * path told to hang, never answers at all (a dead endpoint). Tests wait for
 * requests with `next`, which resolves as they arrive.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly queued = new Map<string, number[]>();
  private readonly hanging = new Set<string>();
  private readonly held: ServerResponse[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly open = new Map<string, number>();
  private readonly mostOpen = new Map<string, number>();
  private server: Server | null = null;
  private port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '';
        const status = this.hanging.has(path) ? null : (this.queued.get(path)?.shift() ?? 200);
        this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        for (const w of this.waiters.splice(0)) w();
        if (status === null) {
          // Open until the sender gives up (its timeout) or the receiver stops.
          this.open.set(path, (this.open.get(path) ?? 0) + 1);
          this.mostOpen.set(path, Math.max(this.mostOpen.get(path) ?? 0, this.open.get(path) ?? 0));
          res.once('close', () => this.open.set(path, (this.open.get(path) ?? 1) - 1));
          this.held.push(res);
        } else res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server?.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The next answers to this path, in order; 200 after them. */
  answer(path: string, ...statuses: number[]): void {
    this.queued.set(path, [...(this.queued.get(path) ?? []), ...statuses]);
  }

  /** Forgets the answers still queued for this path: 200 from now on. */
  clear(path: string): void {
    this.queued.delete(path);
  }

  /** Requests to this path are read and never answered. */
  hang(path: string): void {
    this.hanging.add(path);
  }

  /** The most requests to this path that were ever left unanswered at the same time. */
  mostOpenAtOnce(path: string): number {
    return this.mostOpen.get(path) ?? 0;
  }

  to(path: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.path === path);
  }

  /** Resolves once `count` requests to the path have arrived. */
  async next(path: string, count: number): Promise<ReceivedWebhook[]> {
    while (this.to(path).length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.to(path);
  }
}
