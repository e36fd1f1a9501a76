import { LocationListSchema } from '@franscore/domain';
import { apiAs, fileComplaint, locationOf, recordStep } from './support/api-client';
import { signInToNetwork, usePage } from './support/browser';

describe('handling a complaint', () => {
  const ui = usePage();

  it('shows why a step was refused, then follows the server', async () => {
    const location = await locationOf('staff@franscore.demo');
    const receipt = await fileComplaint(location.code, {
      category: 'wait_time',
      description: 'Forty minutes for two coffees.',
      contact: { name: 'Anna', email: 'anna@example.com' },
    });
    await signInToNetwork(ui.page, 'staff@franscore.demo');
    await ui.page.goto(`/complaints/${receipt.id}`);
    const acknowledge = ui.page.getByRole('button', { name: 'Acknowledge', exact: true });
    await acknowledge.waitFor();
    // Staff handle this case: they see the customer's contact.
    await ui.page.getByRole('link', { name: 'anna@example.com' }).waitFor();

    // A colleague acknowledges it first, from another screen.
    await recordStep('staff@franscore.demo', receipt.id, 'acknowledged');
    await acknowledge.click();

    await ui.page
      .getByRole('alert')
      .filter({
        // The server's reason code, in the user's language.
        hasText: 'This step was refused: the complaint is already acknowledged.',
      })
      .waitFor();
    // The page took the server's view again: no Acknowledge button any more.
    await acknowledge.waitFor({ state: 'detached' });
    await ui.page.locator('[data-testid="complaint-status"][data-status="acknowledged"]').waitFor();

    // Compensation asks kind and value, then goes on the timeline.
    await ui.page.getByRole('button', { name: 'Offer compensation' }).click();
    await ui.page.getByText('Choose the kind of compensation.').waitFor();
    await ui.page.getByRole('combobox', { name: 'Kind' }).click();
    await ui.page.getByRole('option', { name: 'Voucher' }).click();
    await ui.page.getByRole('spinbutton', { name: 'Value' }).fill('300');
    await ui.page.getByRole('button', { name: 'Offer compensation' }).click();
    const timeline = ui.page.getByTestId('timeline');
    await timeline.getByText('Voucher, value 300').waitFor();

    // Resolving with a note leaves only Reopen.
    await ui.page.getByLabel('Note (optional)').fill('Apologized and gave a voucher.');
    await ui.page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await ui.page.locator('[data-testid="complaint-status"][data-status="resolved"]').waitFor();
    const steps = ui.page.getByRole('group', { name: 'Handling steps' }).getByRole('button');
    await expect(steps.allTextContents().then((t) => t.map((s) => s.trim()))).resolves.toEqual([
      'Reopen',
    ]);
    await expect(ui.page.getByRole('button', { name: 'Offer compensation' }).count()).resolves.toBe(
      0,
    );
    await timeline.getByText('Apologized and gave a voucher.').waitFor();
    const kinds = await timeline
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-type')));
    expect(kinds).toEqual(['acknowledged', 'compensation_offered', 'resolved']);
    // A resolved clock stops counting down.
    await expect(ui.page.getByTestId('resolve-clock-countdown').count()).resolves.toBe(0);
    await expect(ui.page.getByTestId('resolve-clock-state').textContent()).resolves.toContain(
      'Met',
    );
  });

  it('lets head office handle a complaint, and a regional manager only read it', async () => {
    const rm = await apiAs('rm@franscore.demo');
    const [inRegion] = LocationListSchema.parse(
      await (await rm.get('/api/locations?pageSize=1')).json(),
    ).items;
    await rm.dispose();
    const receipt = await fileComplaint(inRegion.code, {
      category: 'billing',
      description: 'Charged twice for one meal.',
      contact: { phone: '+7 900 000-00-00' },
    });

    await signInToNetwork(ui.page, 'admin@franscore.demo');
    await ui.page.goto(`/complaints/${receipt.id}`);
    await ui.page.getByRole('button', { name: 'Acknowledge', exact: true }).waitFor();
    await ui.page.getByRole('link', { name: '+7 900 000-00-00' }).waitFor();

    await ui.restart();
    await signInToNetwork(ui.page, 'rm@franscore.demo');
    await ui.page.goto(`/complaints/${receipt.id}`);
    await ui.page.getByRole('heading', { name: `Complaint ${receipt.reference}` }).waitFor();
    await ui.page.getByTestId('complaint-description').waitFor();
    await ui.page.getByRole('heading', { name: 'Service-level clocks' }).waitFor();
    await expect(
      ui.page.getByRole('heading', { name: 'Record a handling step' }).count(),
    ).resolves.toBe(0);
    await expect(ui.page.getByRole('heading', { name: 'Customer contact' }).count()).resolves.toBe(
      0,
    );
  });

  it('lets the franchisee dispute a complaint and an auditor uphold it', async () => {
    const location = await locationOf('staff@franscore.demo');
    const receipt = await fileComplaint(location.code, {
      category: 'staff_behaviour',
      description: 'asdf asdf asdf',
    });

    await signInToNetwork(ui.page, 'franchisee@franscore.demo');
    await ui.page.goto(`/complaints/${receipt.id}`);
    await ui.page.getByRole('button', { name: 'Dispute this complaint' }).click();
    await ui.page.getByRole('button', { name: 'File the dispute' }).click();
    await ui.page.getByText('Choose a reason.').waitFor();
    await ui.page.getByText('Explain in at least 10 characters.').waitFor();
    await ui.page.getByRole('combobox', { name: 'Reason' }).click();
    await ui.page.getByRole('option', { name: 'Prank or fake' }).click();
    await ui.page.getByLabel('Explanation').fill('Keyboard mashing, no order that day.');
    await ui.page.getByRole('button', { name: 'File the dispute' }).click();
    await ui.page.getByTestId('complaint-dispute').filter({ hasText: 'Dispute pending' }).waitFor();
    await ui.page.getByTestId('timeline').getByText('Reason: Prank or fake').waitFor();
    await expect(
      ui.page.getByRole('button', { name: 'Dispute this complaint' }).count(),
    ).resolves.toBe(0);

    await ui.restart();
    await signInToNetwork(ui.page, 'auditor@franscore.demo');
    await ui.page.goto(`/complaints/${receipt.id}`);
    await ui.page.getByRole('heading', { name: 'Rule on the dispute' }).waitFor();
    await ui.page.getByLabel('Explanation').fill('No order matches; the text is noise.');
    await ui.page.getByRole('button', { name: 'Uphold the dispute' }).click();
    await ui.page.getByTestId('complaint-dispute').filter({ hasText: 'Dispute upheld' }).waitFor();
    await ui.page.locator('[data-testid="complaint-status"][data-status="closed"]').waitFor();
    await expect(
      ui.page.getByRole('heading', { name: 'Rule on the dispute' }).count(),
    ).resolves.toBe(0);
  });
});
