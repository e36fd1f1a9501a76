import { WebhookReceiver } from '@franscore/testing';
import { locationOf } from './support/api-client';
import { baseUrl, signInHome, usePage } from './support/browser';

describe('webhooks: an admin registers an endpoint and reads its delivery log', () => {
  const session = usePage();
  const receiver = new WebhookReceiver();

  beforeAll(() => receiver.start());
  afterAll(() => receiver.stop());

  it('by keyboard: registers an endpoint for one event, sees the secret once, reads the delivery and deactivates it', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInHome(page, 'admin@franscore.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();

    // An empty list of events is refused before anything is sent.
    await page.getByLabel('Endpoint URL').fill(receiver.url('/portal'));
    await page.getByLabel('Description').fill('CRM from the portal');
    for (const name of ['Complaint received', 'SLA breached', 'Complaint resolved', 'Scorecard finalized', 'Enforcement case changed']) {
      await page.getByRole('checkbox', { name }).focus();
      await page.keyboard.press('Space');
    }
    await page.getByTestId('create-webhook').click();
    await page.getByText('Choose at least one event.').waitFor();
    await page.getByRole('checkbox', { name: 'Complaint received' }).focus();
    await page.keyboard.press('Space');
    await page.getByTestId('create-webhook').focus();
    await page.keyboard.press('Enter');

    const secret = ((await page.getByTestId('webhook-secret-value').textContent()) ?? '').trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Copy secret' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(secret);
    await page.getByRole('button', { name: 'Done' }).click();

    const { code } = await locationOf('staff@franscore.demo');
    const filed = await fetch(`${baseUrl()}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'portal-webhook-0001' },
      body: JSON.stringify({ category: 'wait_time', description: 'Waited forty minutes' }),
    });
    expect(filed.status).toBe(201);
    await receiver.next('/portal', 1);

    const item = page.getByRole('listitem').filter({ hasText: receiver.url('/portal') });
    const showLog = item.getByRole('button', { name: 'Delivery log' });
    await expect(showLog.getAttribute('aria-expanded')).resolves.toBe('false');
    await showLog.focus();
    await page.keyboard.press('Enter');
    // The worker records the answer just after the receiver gets it: reopen the log until it shows.
    const table = item.getByRole('table', { name: `Deliveries to ${receiver.url('/portal')}` });
    for (;;) {
      await table.or(item.getByText('Nothing has been sent to this endpoint yet.')).first().waitFor();
      if (await table.getByRole('cell', { name: /Delivered/ }).count()) break;
      await item.getByRole('button', { name: 'Hide delivery log' }).click();
      await item.getByRole('button', { name: 'Delivery log' }).click();
    }
    await table.getByRole('cell', { name: /HTTP 200/ }).waitFor();
    await expect(item.getByRole('button', { name: 'Hide delivery log' }).getAttribute('aria-expanded')).resolves.toBe('true');

    await item.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Deactivate' }).click();
    await item.getByRole('button', { name: 'Activate' }).waitFor();
    expect(await page.content()).not.toContain(secret);
  });
});
