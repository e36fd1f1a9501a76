import { Page } from 'playwright-core';
import { accessibilityProblems } from './support/accessibility';
import { signInHome, usePage } from './support/browser';

/** Where the portal keeps the chosen language (apps/portal/src/app/i18n/language.ts). */
const LANGUAGE_STORAGE_KEY = 'franscore.language';

type Language = 'en' | 'ru';

/** The main pages of the nav, each checked only for the roles whose menu shows it. */
const MAIN_PAGES = [
  '/home',
  '/now',
  '/inbox',
  '/network',
  '/complaints',
  '/league',
  '/scorecards',
  '/audits',
  '/enforcement',
  '/reviews',
  '/policies',
  '/playbooks',
] as const;

const USERS = [
  'admin@franscore.demo',
  'auditor@franscore.demo',
  'rm@franscore.demo',
  'franchisee@franscore.demo',
  'staff@franscore.demo',
] as const;

/** Waits for the page's heading and for every list or form that says it is loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
  await page.locator('mat-progress-bar, mat-spinner, mat-progress-spinner').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

async function navPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('navigation')
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)];
}

/** The first link on the page to one item of a list (`/complaints/<id>`), if the list shows any. */
async function firstItem(page: Page, list: string): Promise<string | null> {
  const pattern = new RegExp(`^${list}/[0-9a-f-]{8,}$`);
  const hrefs = await page
    .locator(`a[href^="${list}/"]`)
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.find((h) => pattern.test(h)) ?? null;
}

async function check(page: Page, path: string, found: string[]): Promise<void> {
  await page.goto(path);
  await settled(page);
  found.push(...(await accessibilityProblems(page)).map((p) => `${path} ${p}`));
  // Counted phrases carry their plural forms: no "2 case(s)" anywhere.
  const lazy = (await page.locator('body').innerText()).match(/[^\n]*\w\((s|ы|ов)\)[^\n]*/g) ?? [];
  found.push(...lazy.map((line) => `${path} lazy plural: ${line}`));
}

describe.each<Language>(['en', 'ru'])('accessibility in %s', (language) => {
  const s = usePage();

  it.each(USERS)('every main page %s sees has no serious or critical axe violation', async (email) => {
    const { page } = s;
    // Signed in in English (the sign-in helper reads English labels), then the portal's own choice of language, kept for every page load.
    await signInHome(page, email);
    await page.evaluate(([key, value]) => globalThis.localStorage.setItem(key, value), [LANGUAGE_STORAGE_KEY, language]);
    await page.reload();
    await settled(page);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language);
    const visible = new Set(await navPaths(page));
    const found: string[] = [];
    const checked: string[] = [];
    for (const path of MAIN_PAGES) {
      if (!visible.has(path)) continue;
      await check(page, path, found);
      checked.push(path);
      // One complaint and one scorecard page too, reached from their lists.
      if (path === '/complaints' || path === '/scorecards') {
        const item = await firstItem(page, path);
        if (item) {
          await check(page, item, found);
          checked.push(item);
        }
      }
    }
    // Every role has a home, the inbox, the complaints and the scorecards; no role's menu is skipped.
    expect(checked).toEqual(expect.arrayContaining(['/inbox', '/complaints', '/scorecards']));
    expect(checked.some((p) => /^\/complaints\/./.test(p))).toBe(true);
    expect(checked.some((p) => /^\/scorecards\/./.test(p))).toBe(true);
    expect(found).toEqual([]);
  });
});

describe('focus indicator', () => {
  const s = usePage();

  it('every control reached by Tab on the complaints list and a scorecard shows an outline of at least 2px that is not transparent', async () => {
    const { page } = s;
    await signInHome(page, 'admin@franscore.demo');
    const unringed: string[] = [];
    let reached = 0;
    for (const path of ['/complaints', '/scorecards']) {
      await page.goto(path);
      await settled(page);
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          // Inside a Material form field the ring is drawn around the field, not the bare input.
          const focused = document.activeElement;
          if (!focused || focused === document.body) return null;
          const field = focused.closest('.mat-mdc-form-field')?.querySelector('.mdc-text-field');
          const radio = focused.closest('.mat-mdc-radio-button, .mat-mdc-checkbox')?.querySelector('.mdc-radio__background, .mdc-checkbox__background');
          const shown = (field ?? radio ?? focused) as HTMLElement;
          const style = getComputedStyle(shown);
          return {
            what: `${focused.tagName.toLowerCase()}${focused.id ? '#' + focused.id : ''} ${(focused.textContent ?? '').trim().slice(0, 30)}`,
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            colour: style.outlineColor,
          };
        });
        if (!ring) continue;
        reached += 1;
        if (ring.style === 'none' || ring.width < 2 || ring.colour === 'rgba(0, 0, 0, 0)')
          unringed.push(`${path} ${ring.what}: ${ring.style} ${ring.width}px ${ring.colour}`);
      }
    }
    expect(reached).toBeGreaterThan(60);
    expect(unringed).toEqual([]);
  });
});
