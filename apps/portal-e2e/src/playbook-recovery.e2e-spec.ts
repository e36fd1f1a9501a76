import { Browser, BrowserContext, Page } from 'playwright-core';
import { fileComplaint, locationOf } from './support/api-client';
import { launchBrowser, newContext, signInHome, watchErrors } from './support/browser';
import { AlertsBellObject } from './support/complaints-page';
import { actions, countActions, resetActions } from './support/actions';

/** DOMAIN.md "Playbooks" and issue 14: from the alert to a resolved complaint in at most 5 actions. */
describe('the playbook guides staff from the alert to a resolved complaint', () => {
  let browser: Browser;
  let context: BrowserContext;
  let staff: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    await countActions(context);
    staff = await context.newPage();
    // Staff handle complaints on their phone.
    await staff.setViewportSize({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('recovers and resolves in at most 5 actions, ticking the playbook as it goes', async () => {
    const errors = watchErrors(staff);
    const location = await locationOf('staff@franscore.demo');
    await signInHome(staff, 'staff@franscore.demo');
    const bell = new AlertsBellObject(staff);
    await bell.waitUntilLive();
    const unread = await bell.unread();

    const receipt = await fileComplaint(location.code, {
      category: 'wait_time',
      description: 'Forty minutes for two coffees, and nobody said a word.',
    });
    await bell.waitForUnread(unread + 1);
    await resetActions(staff);

    // 1-2: the alert opens the complaint.
    await bell.open();
    await staff.getByRole('menuitem', { name: new RegExp(receipt.reference) }).click();
    await staff.getByRole('heading', { name: `Complaint ${receipt.reference}` }).waitFor();

    // The playbook is beside the complaint: the first step is next, nothing is ticked yet.
    const panel = staff.getByTestId('playbook-panel');
    const steps = panel.getByTestId('playbook-steps').locator('li');
    await steps.first().waitFor();
    expect(
      await steps.evaluateAll((items) => items.map((i) => i.getAttribute('data-state'))),
    ).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
    expect(await panel.locator('[aria-current="step"]').getAttribute('data-event')).toBe(
      'acknowledged',
    );
    await panel.getByTestId('playbook-avoid').getByText('This should not have happened.').waitFor();
    await panel.getByTestId('playbook-compensation').getByText('0–500 RUB').waitFor();
    // The form starts on the playbook's path: its apology, its first kind at its minimum.
    const apology = panel.getByLabel('Your apology, in your words');
    await expect(apology.inputValue()).resolves.toBe(
      'I am sorry you waited so long; your order goes out first now.',
    );

    // Typing is not an action: what was done, and a drink within the range.
    await panel.getByLabel('What you did (optional)').fill('Handed the coffees out first.');
    await panel.getByRole('spinbutton', { name: 'Amount (RUB)' }).fill('250');

    // 3: one action records acknowledgement, apology, action and compensation.
    await panel.getByRole('button', { name: 'Record apology and compensation' }).click();
    await staff.locator('[data-testid="complaint-status"][data-status="acknowledged"]').waitFor();
    await panel.locator('[aria-current="step"][data-event="resolved"]').waitFor();
    expect(
      await steps.evaluateAll((items) => items.map((i) => i.getAttribute('data-state'))),
    ).toEqual(['done', 'done', 'done', 'done', 'missing']);

    // 4: resolve.
    await staff.getByRole('button', { name: 'Resolve', exact: true }).click();
    await staff.locator('[data-testid="complaint-status"][data-status="resolved"]').waitFor();
    await panel.locator('li[data-event="resolved"][data-state="done"]').waitFor();
    await expect(panel.locator('[aria-current="step"]').count()).resolves.toBe(0);

    const kinds = await staff
      .getByTestId('timeline')
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-type')));
    expect(kinds).toEqual([
      'acknowledged',
      'apologized',
      'action_taken',
      'compensation_offered',
      'resolved',
    ]);
    // Nothing on the page scrolls sideways on the phone.
    const overflow = await staff.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const count = await actions(staff);
    expect(count).toBe(4);
    expect(count).toBeLessThanOrEqual(5);
    expect(errors).toEqual([]);
  });
});
