import { BrowserContext, Page } from 'playwright-core';

/**
 * Counts what the user does in the page itself: trusted clicks, and Enter
 * pressed to submit. Kept in sessionStorage so a full navigation would not
 * reset it. Typing in a field is not an action; choosing and pressing are.
 */
const COUNT_ACTIONS = `
  (() => {
    const bump = () => sessionStorage.setItem('e2e-actions', String(Number(sessionStorage.getItem('e2e-actions') ?? 0) + 1));
    document.addEventListener('click', (e) => { if (e.isTrusted) bump(); }, true);
    document.addEventListener('keydown', (e) => { if (e.isTrusted && e.key === 'Enter') bump(); }, true);
  })();
`;

/** From now on every page of the context counts the user's actions. */
export async function countActions(context: BrowserContext): Promise<void> {
  await context.addInitScript(COUNT_ACTIONS);
}

export const actions = (page: Page): Promise<number> =>
  page.evaluate(() => Number(sessionStorage.getItem('e2e-actions') ?? 0));

export const resetActions = (page: Page): Promise<void> =>
  page.evaluate(() => sessionStorage.setItem('e2e-actions', '0'));
