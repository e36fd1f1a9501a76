/** Reads a server-sent-events stream into a list the test can wait on. */
export class SseRecorder<T = unknown> {
  readonly events: Array<{ type: string; data: T }> = [];
  private readonly controller = new AbortController();
  private waiters: Array<() => void> = [];
  private endNow: () => void = () => undefined;
  readonly opened: Promise<void>;
  /** Resolves when the stream is over: the server ended it, or close() did. */
  readonly ended = new Promise<void>((resolve) => (this.endNow = resolve));

  constructor(url: string, headers: Record<string, string>) {
    this.opened = this.run(url, headers);
  }

  private async run(url: string, headers: Record<string, string>): Promise<void> {
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: this.controller.signal });
    if (!res.ok || !res.body) throw new Error(`SSE ${url}: ${res.status}`);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let split: number;
          while ((split = buffer.indexOf('\n\n')) >= 0) {
            this.take(buffer.slice(0, split));
            buffer = buffer.slice(split + 2);
          }
        }
      } catch {
        // aborted by close()
      } finally {
        this.endNow();
      }
    })();
  }

  private take(block: string): void {
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) type = line.slice(6).trim();
      if (line.startsWith('data:')) data.push(line.slice(5).trim());
    }
    if (!data.length) return;
    this.events.push({ type, data: JSON.parse(data.join('\n')) as T });
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when an event matching `match` has arrived; fails after `timeoutMs`. */
  async waitFor(match: (e: { type: string; data: T }) => boolean, timeoutMs = 10_000): Promise<{ type: string; data: T }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.controller.abort();
  }
}
