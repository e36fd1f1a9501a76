import { sessionAs } from './support/api-client';
import { signInHome, usePage } from './support/browser';
import { liftCase, locationsOf, openCases } from './support/scoring-api';

const MANAGER = 'rm@franscore.demo';
const OWNER = 'franchisee@franscore.demo';

/** A date `days` from now, as a date input takes it. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('a manual warning answered with a corrective-action plan', () => {
  const ui = usePage();

  async function switchUser(email: string): Promise<string> {
    await ui.restart();
    return signInHome(ui.page, email);
  }

  async function expectHistory(actions: string[]): Promise<void> {
    const history = ui.page.getByTestId('case-history');
    for (const action of actions) await history.locator(`li[data-action="${action}"]`).waitFor();
  }

  it('the manager warns, the franchisee submits a plan of two actions, the manager accepts it', async () => {
    // A location of franchisee@ (in rm@'s region) without an open case, as the manager sees it.
    // The demo may already have put every one under a case (its scores depend on the day it is
    // seeded): then the manager lifts the last one's case first, as a manager may.
    const manager = await sessionAs(MANAGER);
    const open = await openCases(manager.api);
    const locations = await locationsOf(OWNER);
    let location = locations.find((l) => !open.has(l.id));
    if (!location) {
      location = locations[locations.length - 1];
      await liftCase(
        manager,
        open.get(location.id) ?? '',
        'End-to-end test setup: frees the location for a new warning.',
      );
    }
    expect((await openCases(manager.api)).has(location.id)).toBe(false);
    await manager.api.dispose();

    // The regional manager issues the warning by hand, with a reason.
    await expect(signInHome(ui.page, MANAGER)).resolves.toBe('/home');
    await ui.page.getByRole('navigation').getByRole('link', { name: 'Enforcement' }).click();
    await ui.page.getByRole('combobox', { name: 'Location' }).first().click();
    await ui.page.getByRole('option', { name: `${location.code} · ${location.name}` }).click();
    await ui.page
      .getByLabel('Reason')
      .fill('Three unresolved critical complaints seen on the store visit.');
    await ui.page.getByRole('button', { name: 'Issue warning' }).click();
    await ui.page.waitForURL(/\/enforcement\/[0-9a-f-]{36}$/);
    const casePath = new URL(ui.page.url()).pathname;
    await ui.page.locator('[data-testid="case-level"][data-level="warning"]').waitFor();
    await expectHistory(['warning_issued']);
    await ui.page.getByTestId('case-history').getByText('by rm@franscore.demo').waitFor();

    // The franchisee lands on their home, opens the case and submits a plan of two actions.
    await expect(switchUser(OWNER)).resolves.toBe('/home');
    await ui.page.goto(casePath);
    const plan = ui.page.getByTestId('cap-form');
    await plan
      .getByRole('group', { name: 'Action 1' })
      .getByLabel('What will be done')
      .fill('Second cashier at the lunch peak');
    await plan.getByRole('group', { name: 'Action 1' }).getByLabel('Owner').fill('Store manager');
    await plan.getByRole('group', { name: 'Action 1' }).getByLabel('Due date').fill(inDays(10));
    await plan.getByRole('button', { name: 'Add action' }).click();
    const second = plan.getByRole('group', { name: 'Action 2' });
    await second.getByLabel('What will be done').fill('LATTE refresher training for all shifts');
    await second.getByLabel('Owner').fill('Area trainer');
    await second.getByLabel('Due date').fill(inDays(20));
    await plan.getByRole('button', { name: 'Submit plan' }).click();
    await ui.page.getByTestId('case-done').getByText('The plan was submitted.').waitFor();
    await ui.page.locator('[data-testid="plan"][data-status="submitted"]').waitFor();
    await expectHistory(['warning_issued', 'plan_submitted']);
    // A second plan cannot be submitted while this one waits.
    await expect(ui.page.getByTestId('cap-form').count()).resolves.toBe(0);

    // The regional manager accepts it with a comment.
    await switchUser(MANAGER);
    await ui.page.goto(casePath);
    const review = ui.page.getByTestId('plan-review');
    await review
      .getByLabel('Comment to the franchisee')
      .fill('Both actions address the findings; accepted.');
    await review.getByRole('button', { name: 'Accept plan' }).click();
    await ui.page.locator('[data-testid="plan"][data-status="accepted"]').waitFor();
    await expectHistory(['warning_issued', 'plan_submitted', 'plan_accepted']);
    await expect(ui.page.getByTestId('plan-review').count()).resolves.toBe(0);

    // The franchisee sees the same: the plan accepted, both steps in the history, the actions to complete.
    await switchUser(OWNER);
    await ui.page.goto(casePath);
    const accepted = ui.page.locator('[data-testid="plan"][data-status="accepted"]');
    await accepted.getByText('Accepted', { exact: true }).waitFor();
    await accepted.getByText('Review: Both actions address the findings; accepted.').waitFor();
    await expectHistory(['plan_submitted', 'plan_accepted']);
    await expect(ui.page.getByRole('button', { name: 'Mark done' }).count()).resolves.toBe(2);
    const history = await ui.page
      .getByTestId('case-history')
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-action')));
    expect(history).toEqual(['warning_issued', 'plan_submitted', 'plan_accepted']);
  });
});
