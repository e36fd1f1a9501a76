import {
  AuditListSchema,
  AuditSchema,
  ComplaintListSchema,
  LocationListSchema,
} from '@franscore/domain';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { create } from 'qrcode';
import { fileComplaint, locationOf, sessionAs } from './support/api-client';
import { launchBrowser, signInHome, usePage, watchErrors } from './support/browser';
import { AlertsBellObject } from './support/complaints-page';
import {
  PHONE,
  SCREENSHOTS_DIR,
  TABLET,
  Viewport,
  newSizedContext,
  screenshot,
  sideScroll,
  waitUntilSettled,
} from './support/small-screens';

const STAFF = 'staff@franscore.demo';
const AUDITOR = 'auditor@franscore.demo';

/** Every page a role reaches from its navigation, and one of each detail page. */
const STAFF_PAGES = [
  '/now',
  '/inbox',
  '/network',
  '/complaints',
  '/league',
  '/overview',
  '/scorecards',
];
const AUDITOR_PAGES = [
  '/inbox',
  '/network',
  '/complaints',
  '/league',
  '/overview',
  '/scorecards',
  '/audits',
  '/enforcement',
  '/reviews',
  '/policies',
];

/** A draft audit to show the audit form: of the other franchisee, a period nobody else audits in these tests. */
async function draftAudit(): Promise<string> {
  const auditor = await sessionAs(AUDITOR);
  try {
    const drafts = AuditListSchema.parse(
      await (await auditor.api.get('/api/audits?status=draft&pageSize=1')).json(),
    );
    if (drafts.items[0]) return drafts.items[0].id;
    const locations = LocationListSchema.parse(
      await (await auditor.api.get('/api/locations?pageSize=200&sort=code')).json(),
    );
    const location = locations.items[locations.items.length - 1];
    const now = new Date();
    const period = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1))
      .toISOString()
      .slice(0, 7);
    const opened = await auditor.post('/api/audits', { locationId: location.id, period });
    if (!opened.ok())
      throw new Error(`Opening an audit failed: ${opened.status()} ${await opened.text()}`);
    return AuditSchema.parse(await opened.json()).id;
  } finally {
    await auditor.api.dispose();
  }
}

/** Prints the page to an A4 PDF (kept with the screenshots) and answers its number of pages. */
async function printedPages(page: Page, name: string): Promise<number> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const pdf = await page.pdf({
    path: join(SCREENSHOTS_DIR, `${name}.pdf`),
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
  });
  // How the sheet looks printed: A4 at 96 dpi, print styles on.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}-print.png`), fullPage: true });
  // Not 'screen': that would hold for the PDF too.
  await page.emulateMedia({ media: null });
  if (viewport) await page.setViewportSize(viewport);
  // Chromium writes one uncompressed page object per page.
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

async function anyComplaintOf(email: string): Promise<string> {
  const session = await sessionAs(email);
  try {
    const list = ComplaintListSchema.parse(
      await (await session.api.get('/api/complaints?pageSize=1')).json(),
    );
    return list.items[0].id;
  } finally {
    await session.api.dispose();
  }
}

describe.each([PHONE, TABLET])('the portal at $width px', (viewport: Viewport) => {
  const ui = usePage({ open: (browser) => newSizedContext(browser, viewport) });

  async function visit(path: string, name: string): Promise<void> {
    await ui.page.goto(path);
    await waitUntilSettled(ui.page);
    await screenshot(ui.page, viewport, name);
    // Named, so a failure says which page scrolls sideways.
    expect({ path, sideScroll: await sideScroll(ui.page) }).toEqual({ path, sideScroll: 0 });
  }

  it('folds the navigation into a menu that opens over the content and closes with Escape', async () => {
    await expect(signInHome(ui.page, STAFF)).resolves.toBe('/now');
    const menu = ui.page.getByRole('button', { name: 'Menu' });
    const navigation = ui.page.getByRole('navigation', { name: 'Main navigation' });
    await ui.page.locator('[data-testid="menu-button"][aria-expanded="false"]').waitFor();
    await expect(navigation.isVisible()).resolves.toBe(false);
    // Content takes the whole width.
    const main = await ui.page.locator('main').boundingBox();
    expect(main?.x).toBe(0);
    // Less a vertical scroll bar, if the platform draws one.
    expect(main?.width).toBeGreaterThanOrEqual(viewport.width - 20);

    await menu.click();
    await ui.page.locator('[data-testid="menu-button"][aria-expanded="true"]').waitFor();
    await navigation.waitFor();
    // Focus moves into the menu, and Escape gives it back to the button.
    await ui.page.waitForFunction(() => !!document.activeElement?.closest('mat-sidenav'));
    await screenshot(ui.page, viewport, 'menu-open');
    await ui.page.keyboard.press('Escape');
    await navigation.waitFor({ state: 'hidden' });
    await ui.page.locator('[data-testid="menu-button"][aria-expanded="false"]').waitFor();
    await ui.page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'menu-button',
    );

    // A link in the menu navigates and closes it.
    await menu.click();
    await navigation.getByRole('link', { name: 'Complaints', exact: true }).click();
    await ui.page.getByRole('heading', { name: 'Complaints', level: 1 }).waitFor();
    await navigation.waitFor({ state: 'hidden' });
  });

  it('lays out every staff page without sideways scrolling', async () => {
    await signInHome(ui.page, STAFF);
    for (const path of STAFF_PAGES) await visit(path, `staff${path.replace(/\//g, '-')}`);
    await visit(`/complaints/${await anyComplaintOf(STAFF)}`, 'staff-complaint');
    const location = await locationOf(STAFF);
    await visit(`/c/${location.code}/poster`, 'poster');
  });

  it('lays out every auditor page, and the audit form, without sideways scrolling', async () => {
    const auditId = await draftAudit();
    await signInHome(ui.page, AUDITOR);
    for (const path of AUDITOR_PAGES) await visit(path, `auditor${path.replace(/\//g, '-')}`);
    await visit(`/complaints/${await anyComplaintOf(AUDITOR)}`, 'auditor-complaint');
    await visit(`/audits/${auditId}`, 'auditor-audit');
  });
});

describe('staff on a phone: what needs them now', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newSizedContext(browser, PHONE);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a new critical complaint first, counting down, and reads its alert when opened', async () => {
    const errors = watchErrors(page);
    const location = await locationOf(STAFF);
    await signInHome(page, STAFF);
    await page.getByRole('heading', { name: 'Needs you now', level: 1 }).waitFor();
    const bell = new AlertsBellObject(page);
    await bell.waitUntilLive();
    await waitUntilSettled(page);
    const unreadBefore = await bell.unread();

    // A customer reports a safety problem (critical: 15 minutes to acknowledge); no reload here.
    const receipt = await fileComplaint(location.code, {
      category: 'safety',
      description: 'A glass splinter in the salad.',
    });
    const card = page.getByTestId(`card-${receipt.reference}`);
    await card.waitFor();
    await bell.waitForUnread(unreadBefore + 1);
    // Most urgent first: the cards' running clocks fall due in order (overdue ones from the demo data on top).
    const dues = await page
      .getByTestId('now-list')
      .getByTestId('card-countdown')
      .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('data-due') ?? '')));
    expect(dues.length).toBeGreaterThan(0);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    // Its countdown moves live, without another request.
    const countdown = card.getByTestId('card-countdown');
    await expect(countdown.textContent()).resolves.toMatch(/left|Overdue/);
    await page.waitForFunction(
      ({ reference, text }) =>
        document.querySelector(`[data-testid="card-${reference}"] [data-testid="card-countdown"]`)
          ?.textContent !== text,
      { reference: receipt.reference, text: await countdown.textContent() },
    );
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, PHONE, 'now-live');

    // Opening the alert reads it, and leads to the complaint with its next steps in reach.
    await bell.open();
    await page.getByRole('menuitem', { name: new RegExp(receipt.reference) }).click();
    await page.getByRole('heading', { name: `Complaint ${receipt.reference}` }).waitFor();
    // The newest alert: opening it reads the older ones too.
    await bell.waitForUnread(0);
    // The next steps are in reach without scrolling: pinned to the bottom while the facts above are read.
    const steps = page.getByTestId('next-steps');
    await expect(steps.evaluate((el) => getComputedStyle(el).position)).resolves.toBe('sticky');
    const acknowledge = steps.getByRole('button', { name: 'Acknowledge', exact: true });
    const box = await acknowledge.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    await acknowledge.click();
    await page.locator('[data-testid="complaint-status"][data-status="acknowledged"]').waitFor();
    await screenshot(page, PHONE, 'complaint-acknowledged');
    expect(errors).toEqual([]);
  });

  it('prints a QR code of the form, as an A4 poster or a table tent', async () => {
    const location = await locationOf(STAFF);
    await page.goto(`/c/${location.code}/poster`);
    const qr = page.getByTestId('poster-qr');
    await qr.waitFor();
    const url = `${new URL(page.url()).origin}/c/${location.code}`;
    await expect(qr.getAttribute('alt')).resolves.toBe(`QR code of ${url}`);
    await expect(qr.getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    // The drawn modules are those of the form's address: read back from the pixels, module by module.
    const expected = create(url, { errorCorrectionLevel: 'M' }).modules;
    const drawn = await qr.evaluate(async (img: HTMLImageElement, size: number) => {
      await img.decode();
      const margin = 2;
      const scale = 10;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = (size + 2 * margin) * scale;
      const context = canvas.getContext('2d');
      if (!context) return [];
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      const at = (n: number) => (n + margin) * scale + scale / 2;
      const dark: boolean[] = [];
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++)
          dark.push(context.getImageData(at(col), at(row), 1, 1).data[0] < 128);
      return dark;
    }, expected.size);
    expect(drawn).toEqual(Array.from(expected.data, (bit) => bit === 1));

    await expect(printedPages(page, 'poster')).resolves.toBe(1);

    await page.getByRole('radio', { name: 'Table tent' }).click();
    await page.locator('[data-testid="poster"][data-layout="tent"]').waitFor();
    // Both faces carry the code; only the one facing the reader is announced.
    await expect(page.locator('img.qr').count()).resolves.toBe(2);
    await expect(page.getByRole('img').count()).resolves.toBe(1);
    await expect(printedPages(page, 'table-tent')).resolves.toBe(1);
  });
});
