import { ComplaintListSchema, LocationListSchema, MeSchema, type Location, type PushMessage } from '@franscore/domain';
import { PushReceiver, TestSubscriber } from '@franscore/testing';
import { APIRequestContext, Page, request } from 'playwright-core';
import { actions, countActions, resetActions } from './support/actions';
import { fileComplaint, sessionAs } from './support/api-client';
import { baseUrl, signIn, usePage } from './support/browser';
import { newSizedContext, PHONE, screenshot, sideScroll, waitUntilSettled } from './support/small-screens';

const PASSWORD = 'Quartz-pelican-harbour-58';
/** A real 1x1 PNG, so the complaint page can draw it. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A signed-in API session with its CSRF token, for a user this spec made. */
async function signedIn(email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL: baseUrl() });
  const res = await api.post('/api/auth/login', { data: { email, password: PASSWORD } });
  if (!res.ok()) throw new Error(`sign-in of ${email}: ${res.status()} ${await res.text()}`);
  return { api, csrf: MeSchema.parse(await res.json()).csrfToken };
}

/** Opts a phone in to the pager: its push subscription points at the stand-in push service. */
async function optIn(api: APIRequestContext, csrf: string, sub: TestSubscriber): Promise<void> {
  const res = await api.post('/api/push/subscriptions', { data: { endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }, headers: { 'x-csrf-token': csrf } });
  if (res.status() !== 204) throw new Error(`opt-in: ${res.status()} ${await res.text()}`);
}

/** The page must not scroll sideways: neither the document nor the shell's content pane. */
async function expectNoSideScroll(page: Page, name: string): Promise<void> {
  await waitUntilSettled(page);
  const scrolling = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect({ page: name, ...scrolling, fits: scrolling.scrollWidth <= scrolling.clientWidth }).toEqual({ page: name, ...scrolling, fits: true });
  await expect(sideScroll(page)).resolves.toBe(0);
  await screenshot(page, PHONE, `front-line-${name}`);
}

/**
 * Issue 14's "Done when", in Chromium on a 390x844 phone: a customer files a
 * critical complaint from the QR poster's link (with a photo); the staff
 * member's phone is paged within seconds, their home shows it first, the
 * playbook leads them to a resolved complaint in at most 5 actions; the
 * regional manager is paged and alerted; no page scrolls sideways. Signing
 * out stops the staff member's pager.
 */
describe('the front line at the moment of failure', () => {
  const ui = usePage({ open: (browser) => newSizedContext(browser, PHONE) });
  const receiver = new PushReceiver();
  let location: Location;
  let staffEmail: string;
  let manager: { api: APIRequestContext; csrf: string };
  let staffPhone: TestSubscriber;
  let managerPhone: TestSubscriber;

  /** Polls the stand-in push service (no fixed sleep) until the phone has a message about the complaint. */
  const pagedAbout = async (phone: TestSubscriber, complaintId: string) => {
    for (;;) {
      const found = receiver.messagesTo(phone).find((m) => (m.payload as PushMessage).complaintId === complaintId);
      if (found) return { ...found, message: found.payload as PushMessage };
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  beforeAll(async () => {
    await receiver.start();
    // A location with nothing open, so "first" means this complaint and not the demo's backlog; a staff member and a regional manager of its own.
    const admin = await sessionAs('admin@franscore.demo');
    const locations = LocationListSchema.parse(await (await admin.api.get('/api/locations?pageSize=100')).json()).items.filter((l) => l.status === 'active');
    for (const candidate of locations) {
      const open = ComplaintListSchema.parse(await (await admin.api.get(`/api/complaints?locationId=${candidate.id}&pageSize=100`)).json()).items;
      if (open.every((c) => c.status === 'resolved' || c.status === 'closed')) {
        location = candidate;
        break;
      }
    }
    if (!location) throw new Error('every demo location has open complaints');
    const run = Date.now().toString(36);
    staffEmail = `front-line-staff-${run}@example.com`;
    const managerEmail = `front-line-rm-${run}@example.com`;
    for (const user of [
      { email: staffEmail, displayName: 'Front-line staff', role: 'location_staff', locationId: location.id },
      { email: managerEmail, displayName: 'Front-line regional manager', role: 'regional_manager', regionIds: [location.regionId] },
    ]) {
      const res = await admin.post('/api/users', { ...user, password: PASSWORD });
      if (res.status() !== 201) throw new Error(`creating ${user.email}: ${res.status()} ${await res.text()}`);
    }
    await admin.api.dispose();
    manager = await signedIn(managerEmail);
    managerPhone = receiver.subscriber('/regional-manager');
    await optIn(manager.api, manager.csrf, managerPhone);
    staffPhone = receiver.subscriber('/staff');
  });
  afterAll(async () => {
    await manager?.api.dispose();
    await receiver.stop();
  });

  it('a critical complaint from the QR link pages the staff phone, tops their home, and is resolved through the playbook in at most 5 actions', async () => {
    const staff = ui.page;
    await countActions(ui.context);
    await signIn(staff, staffEmail, PASSWORD);
    await staff.waitForURL('**/now');
    // The staff member's phone opts in to the pager in this browser's session.
    const me = MeSchema.parse(await (await ui.context.request.get('/api/auth/me')).json());
    await optIn(ui.context.request, me.csrfToken, staffPhone);
    await expectNoSideScroll(staff, 'now-empty');

    // The customer scans the poster's QR code: PUBLIC_URL/c/<code>, read from the poster itself.
    const customerContext = await newSizedContext(ui.browser, PHONE);
    try {
      const customer = await customerContext.newPage();
      await customer.goto(`/c/${location.code}/poster`);
      const alt = (await customer.getByTestId('poster-qr').getAttribute('alt')) ?? '';
      const link = alt.replace(/^QR code of /, '');
      expect(link).toMatch(new RegExp(`/c/${location.code}$`));
      await customer.goto(link);
      await customer.locator('form').waitFor();
      await expectNoSideScroll(customer, 'customer-form');
      await customer.locator('mat-select[formcontrolname="category"]').click();
      await customer.getByRole('option', { name: 'Safety' }).click();
      await customer.locator('[formcontrolname="description"]').fill('A glass splinter in my salad; my son cut his lip.');
      await customer.getByTestId('complaint-photo-input').setInputFiles({ name: 'salad.png', mimeType: 'image/png', buffer: PHOTO });
      await customer.getByTestId('complaint-photo-chosen').waitFor();
      await customer.getByLabel('Phone').fill('+7 900 123 45 67');
      const filedAt = Date.now();
      await customer.locator('form button[type="submit"]').click();
      const reference = ((await customer.getByTestId('receipt-reference').textContent()) ?? '').trim();
      expect(reference).toMatch(/^C-/);
      await expectNoSideScroll(customer, 'customer-receipt');

      // The staff phone is paged, loudly, within seconds.
      const staffCard = staff.getByTestId(`card-${reference}`);
      await staffCard.waitFor();
      const complaintId = ((await staffCard.locator('a.reference').getAttribute('href')) ?? '').split('/').pop() ?? '';
      const paged = await pagedAbout(staffPhone, complaintId);
      expect(paged.at - filedAt).toBeLessThan(10_000);
      expect(paged.urgency).toBe('high');
      expect(paged.message).toMatchObject({ reference, severity: 'critical', critical: true, requireInteraction: true, locationCode: location.code, url: `/complaints/${complaintId}` });
      expect(paged.message.title).toMatch(/^CRITICAL: /);

      // Their home shows it first, critical, with its clock running.
      const first = staff.getByTestId('now-list').locator('li').first();
      await expect(first.getByTestId(`card-${reference}`).getAttribute('data-severity')).resolves.toBe('critical');
      await expectNoSideScroll(staff, 'now-critical-first');

      // The regional manager of the region was paged and alerted at once.
      const managerPaged = await pagedAbout(managerPhone, complaintId);
      expect(managerPaged.message).toMatchObject({ reference, critical: true });
      const alerts = (await (await manager.api.get('/api/alerts')).json()) as { items: Array<{ complaintId: string; severity: string }> };
      expect(alerts.items.find((a) => a.complaintId === complaintId)).toMatchObject({ severity: 'critical' });

      // From the alert on the home to a resolved complaint, following the playbook.
      await resetActions(staff);
      await staffCard.locator('a.reference').click(); // 1
      await staff.getByRole('heading', { name: `Complaint ${reference}` }).waitFor();
      const panel = staff.getByTestId('playbook-panel');
      const steps = panel.getByTestId('playbook-steps').locator('li');
      await steps.first().waitFor();
      const states = () => steps.evaluateAll((items) => items.map((i) => [i.getAttribute('data-event'), i.getAttribute('data-state')]));
      expect((await states()).map(([event]) => event)).toEqual(['acknowledged', 'escalated', 'apologized', 'action_taken', 'compensation_offered', 'resolved']);
      expect((await states()).every(([, state]) => state === 'missing')).toBe(true);
      // The customer's photo is on the complaint page, drawn.
      const photo = staff.getByTestId('complaint-photo');
      await photo.waitFor();
      await staff.waitForFunction(() => (document.querySelector('[data-testid="complaint-photo"]') as HTMLImageElement | null)?.naturalWidth === 1);
      await expectNoSideScroll(staff, 'complaint-open');

      // The playbook says: call in the manager and the franchisee now.
      await staff.getByRole('button', { name: 'Escalate', exact: true }).click(); // 2
      await panel.locator('li[data-event="escalated"][data-state="done"]').waitFor();
      await panel.getByLabel('What you did (optional)').fill('Cordoned off the salad bar and kept the bowl.');
      await panel.getByRole('spinbutton', { name: 'Amount (RUB)' }).fill('900');
      await panel.getByRole('button', { name: 'Record apology and compensation' }).click(); // 3
      await staff.locator('[data-testid="complaint-status"][data-status="acknowledged"]').waitFor();
      await panel.locator('[aria-current="step"][data-event="resolved"]').waitFor();
      await staff.getByRole('button', { name: 'Resolve', exact: true }).click(); // 4
      await staff.locator('[data-testid="complaint-status"][data-status="resolved"]').waitFor();
      await panel.locator('li[data-event="resolved"][data-state="done"]').waitFor();
      expect((await states()).filter(([, state]) => state === 'missing')).toEqual([]);
      const count = await actions(staff);
      expect(count).toBeLessThanOrEqual(5);
      expect(count).toBe(4);
      await expectNoSideScroll(staff, 'complaint-resolved');
    } finally {
      await customerContext.close();
    }
  });

  it('signing out stops the pager: the next complaint reaches the regional manager, not the signed-out phone', async () => {
    const staff = ui.page;
    await signIn(staff, staffEmail, PASSWORD);
    await staff.waitForURL('**/now');
    const me = MeSchema.parse(await (await ui.context.request.get('/api/auth/me')).json());
    await optIn(ui.context.request, me.csrfToken, staffPhone);
    const before = receiver.messagesTo(staffPhone).length;

    await staff.getByTestId('menu-button').click();
    await staff.locator('button:visible', { hasText: 'Sign out' }).click();
    await staff.waitForURL('**/sign-in');
    await expectNoSideScroll(staff, 'signed-out');

    // Two critical complaints after sign-out: each reaches the manager's phone, in the same delivery the signed-out phone would have been in.
    for (const description of ['Broken glass by the door.', 'A loose tile in the play area.']) {
      const receipt = await fileComplaint(location.code, { category: 'safety', description });
      await pagedAbout(managerPhone, receipt.id);
    }
    expect(receiver.messagesTo(staffPhone).length).toBe(before);
  });
});
