import type { ErrorBody, Page, WebhookDelivery } from '@franscore/domain';
import { ApiClient, WebhookReceiver } from '@franscore/testing';
import { ConfigError, loadConfig } from '../config/config';
import { signInFirstAdmin } from '../test/admin';
import { startTestApp, TestApp } from '../test/test-app';
import { complain, tinyNetwork } from '../test/tiny-network';
import { WebhookWorker } from './webhook-worker.service';

describe('Webhook SSRF guard (no WEBHOOKS_ALLOW_PRIVATE)', () => {
  let t: TestApp;
  let admin: ApiClient;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp({ WEBHOOKS_POLL_MS: '3600000' });
    admin = await signInFirstAdmin(t);
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await receiver.stop();
  });

  it.each([
    ['plain http', 'http://example.com/hooks', 'must be an https URL'],
    ['IPv4 loopback', 'https://127.0.0.1/hooks', '127.0.0.1'],
    ['IPv6 loopback', 'https://[::1]:8443/hooks', '::1'],
    ['a name for loopback', 'https://localhost/hooks', 'localhost resolves to'],
    ['private 10/8', 'https://10.0.0.7/hooks', '10.0.0.7'],
    ['private 192.168/16', 'https://192.168.1.1/hooks', '192.168.1.1'],
    ['link-local cloud metadata', 'https://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['IPv6 unique-local', 'https://[fd00::5]/hooks', 'fd00::5'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hooks', 'resolves to'],
  ])('refuses %s at registration, naming the url field, and writes nothing', async (_name, url, says) => {
    const res = await admin.post<ErrorBody>('/api/webhooks/endpoints', { url, events: ['complaint.received'] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'url', message: expect.stringContaining(says) }]);
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM webhook_endpoint`))[0].n).toBe(0);
  });

  it('refuses at send time too: an internal destination is never dialled, and the log says why', async () => {
    const location = await tinyNetwork(admin, 'SSRF-001');
    // As if registered while allowed, or a name that now resolves inside the network.
    const urls = [receiver.url('/literal'), receiver.url('/named').replace('127.0.0.1', 'localhost').replace('http:', 'https:')];
    for (const url of urls) {
      await t.ds.query(`INSERT INTO webhook_endpoint (url, events, secret, secret_created_at, created_at, created_by) VALUES ($1, '{complaint.received}', 'whsec_x', now(), now(), 'test')`, [url]);
    }
    await complain(t.baseUrl, location.code, 'ssrf-key-0001');
    const worker = t.app.get(WebhookWorker);
    await worker.poll();
    await worker.settled();
    expect(receiver.received).toHaveLength(0);
    const endpoints: Array<{ id: string; url: string }> = await t.ds.query(`SELECT id, url FROM webhook_endpoint ORDER BY url`);
    const errors: string[] = [];
    for (const e of endpoints) {
      const [d] = (await admin.get<Page<WebhookDelivery>>(`/api/webhooks/endpoints/${e.id}/deliveries`)).body.items;
      expect(d.log).toHaveLength(1);
      expect(d.log[0].statusCode).toBeNull();
      errors.push(String(d.log[0].error));
    }
    expect(errors.sort()).toEqual([expect.stringMatching(/^refused: localhost resolves to an internal address/), 'refused: only https is allowed']);
  });

  it('WEBHOOKS_ALLOW_PRIVATE takes only a flag: anything else stops the start, naming it', () => {
    expect(loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'true' }).WEBHOOKS_ALLOW_PRIVATE).toBe(true);
    expect(loadConfig({}).WEBHOOKS_ALLOW_PRIVATE).toBe(false);
    expect(() => loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'sometimes' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'sometimes' })).toThrow(/WEBHOOKS_ALLOW_PRIVATE/);
  });
});
