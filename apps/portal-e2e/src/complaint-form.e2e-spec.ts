import { fileComplaint, locationOf, recordStep } from './support/api-client';
import { baseUrl, signInToNetwork, usePage } from './support/browser';

describe("the customer's pages", () => {
  const ui = usePage();

  it('names the missing fields without calling the server', async () => {
    const { code } = await locationOf('staff@franscore.demo');
    const posts: string[] = [];
    ui.page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await ui.page.goto(`/c/${code}`);
    await ui.page.getByRole('button', { name: 'Send complaint' }).click();
    await ui.page.getByText('Choose what the complaint is about.').waitFor();
    await ui.page.getByText('Tell us what happened.').waitFor();
    await ui.page.getByRole('alert').filter({ hasText: 'Check the highlighted fields.' }).waitFor();
    // Focus goes to the first field to fix.
    await expect(
      ui.page.evaluate(() => document.activeElement?.getAttribute('formcontrolname')),
    ).resolves.toBe('category');
    expect(posts).toEqual([]);
    // The honeypot is out of reach of people and assistive technology.
    const honeypot = ui.page.locator('#complaint-website');
    await expect(honeypot.getAttribute('tabindex')).resolves.toBe('-1');
    await expect(honeypot.getAttribute('autocomplete')).resolves.toBe('off');
    await expect(
      honeypot.evaluate((input) => input.closest('[aria-hidden="true"]') !== null),
    ).resolves.toBe(true);
  });

  it("shows the server's refusal at the field it names, then files once", async () => {
    const { code } = await locationOf('staff@franscore.demo');
    const keys: string[] = [];
    ui.page.on('request', (r) => {
      if (r.method() === 'POST') keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await ui.page.goto(`/c/${code}`);
    await ui.page.getByRole('combobox', { name: 'What is it about?' }).click();
    await ui.page.getByRole('option', { name: 'Waiting time' }).click();
    await ui.page.getByLabel('What happened?').fill('Nobody came to take the order.');
    // The browser's check lets this pass; the server's does not.
    await ui.page.getByLabel('Email').fill('anna@localhost');
    await ui.page.getByRole('button', { name: 'Send complaint' }).click();
    await ui.page.getByText('Enter a valid email address, or leave it empty.').waitFor();
    await expect(ui.page.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('true');

    await ui.page.getByLabel('Email').fill('anna@example.com');
    await ui.page.getByRole('button', { name: 'Send complaint' }).click();
    await ui.page.getByTestId('receipt-reference').waitFor();
    // Both attempts were one form: one key, so a retry can never file twice.
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the customer rate a resolved complaint once, by keyboard', async () => {
    const { code } = await locationOf('staff@franscore.demo');
    const receipt = await fileComplaint(code, {
      category: 'food_quality',
      description: 'Cold soup.',
    });
    await recordStep('staff@franscore.demo', receipt.id, 'resolved');

    await ui.page.goto(`/status/${receipt.statusToken}`);
    await ui.page.locator('[data-testid="public-status"][data-status="resolved"]').waitFor();
    const group = ui.page.getByRole('radiogroup', { name: 'How well did we put it right?' });
    await group.waitFor();
    await ui.page.getByRole('radio', { name: '1 – Very poor' }).focus();
    for (let i = 0; i < 3; i++) await ui.page.keyboard.press('ArrowDown');
    await expect(ui.page.getByRole('radio', { name: '4 – Good' }).isChecked()).resolves.toBe(true);
    await ui.page
      .getByLabel('Anything you want to add? (optional)')
      .fill('Hot soup next time, thanks.');
    await ui.page.getByRole('button', { name: 'Send rating' }).click();

    await ui.page.getByRole('status').filter({ hasText: 'Thank you for your rating.' }).waitFor();
    await ui.page.locator('[data-testid="public-status"][data-status="closed"]').waitFor();
    await expect(group.count()).resolves.toBe(0);
    await ui.page.reload();
    await ui.page.getByText('You rated this 4 of 5. Thank you.').waitFor();
  });

  it('says so when a status link is not valid', async () => {
    await ui.page.goto('/status/C-00000000.not-a-real-token');
    await ui.page.getByRole('heading', { name: 'This status link is not valid' }).waitFor();
  });

  it("links each location's form and printable poster from the network page, without the staff session", async () => {
    const location = await locationOf('staff@franscore.demo');
    await signInToNetwork(ui.page, 'staff@franscore.demo');
    await ui.page
      .getByRole('link', { name: `Print the complaint-form poster for ${location.code}` })
      .click();
    await ui.page.getByRole('heading', { name: 'Something not right?' }).waitFor();
    await expect(ui.page.getByTestId('poster-url').textContent()).resolves.toBe(
      `${baseUrl()}/c/${location.code}`,
    );
    await expect(ui.page.getByRole('button', { name: 'Print' }).count()).resolves.toBe(1);

    // A signed-in colleague trying the form files as a customer: no cookie, no CSRF token.
    await ui.page.goBack();
    const sent: { cookie?: string; csrf?: string }[] = [];
    ui.page.on('request', (r) => {
      if (r.url().includes('/api/public/'))
        sent.push({ cookie: r.headers()['cookie'], csrf: r.headers()['x-csrf-token'] });
    });
    await ui.page.getByRole('link', { name: `/c/${location.code}` }).click();
    await ui.page
      .getByRole('heading', { name: `Tell us what went wrong at ${location.name}` })
      .waitFor();
    await ui.page.getByRole('combobox', { name: 'What is it about?' }).click();
    await ui.page.getByRole('option', { name: 'Something else' }).click();
    await ui.page.getByLabel('What happened?').fill('Testing the form from the network page.');
    await ui.page.getByRole('button', { name: 'Send complaint' }).click();
    await ui.page.getByTestId('receipt-reference').waitFor();
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.filter((r) => r.cookie || r.csrf)).toEqual([]);
  });
});
