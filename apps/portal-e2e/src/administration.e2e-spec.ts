import { accessibilityProblems } from './support/accessibility';
import { signIn, signInHome, usePage } from './support/browser';

const ADMIN = 'admin@franscore.demo';
const CODE = 'ADM-E2E-1';
const NEW_USER = 'new.staff@franscore.demo';
const NEW_PASSWORD = 'violet-harbour-lantern-42';

describe('administration in the portal', () => {
  const s = usePage();

  it('an admin creates a location with its hours, then a staff user for it, through the screens; the user signs in and the audit log shows both, chain intact', async () => {
    const { page } = s;
    await signInHome(page, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Administration', exact: true }).click();
    await page.waitForURL('**/admin/users');

    // A location: identity, time zone, Monday 08:00-20:00, Saturday past midnight, Sunday closed.
    await page.getByTestId('admin-locations').click();
    await page.waitForURL('**/admin/locations');
    await page.getByTestId('location-code').fill(CODE);
    await page.getByTestId('location-name').fill('Administration test');
    await page.getByTestId('location-address').fill('1 Test Street, Kazan');
    await page.getByTestId('location-region').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('location-franchisee').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('location-time-zone').fill('Europe/Samara');
    for (const day of ['mon', 'sat'] as const) await page.getByTestId(`hours-open-${day}`).locator('input').check();
    await page.getByTestId('hours-from-mon').fill('08:00');
    await page.getByTestId('hours-to-mon').fill('20:00');
    await page.getByTestId('hours-from-sat').fill('18:00');
    await page.getByTestId('hours-to-sat').fill('02:00');
    await page.getByText('Runs past midnight', { exact: true }).waitFor();
    await page.getByTestId('save-location').click();
    await page.getByTestId('locations-outcome').getByText(`Location ${CODE} Administration test was created.`).waitFor();
    await page.getByTestId('locations-search').fill(CODE);
    const row = page.getByTestId(`location-row-${CODE}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Europe/Samara');

    // Editing it shows the hours as saved.
    await row.getByRole('button', { name: `Edit ${CODE} Administration test` }).click();
    // The keyboard and the screen reader are taken to the form that now edits it.
    await page.waitForFunction(() => document.activeElement?.id === 'location-form-heading');
    await page.getByRole('heading', { name: `Edit location ${CODE}` }).waitFor();
    await expect(page.getByTestId('hours-from-mon').inputValue()).resolves.toBe('08:00');
    await expect(page.getByTestId('hours-to-sat').inputValue()).resolves.toBe('02:00');
    await expect(page.getByTestId('hours-open-sun').locator('input').isChecked()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A bad CSV: nothing imported, every bad cell named by line and column.
    await page.getByTestId('import-csv').fill(
      'code,name,address,region_code,franchisee,time_zone,mon,tue,wed,thu,fri,sat,sun\nBAD-1,Bad,Somewhere,NOPE,Nobody,Mars/Olympus,9-5,,,,,,',
    );
    await page.getByTestId('import-locations').click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const cells = await problems.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).slice(0, 2).map((td) => td.textContent?.trim())));
    expect(cells).toEqual(expect.arrayContaining([['2', 'mon'], ['2', 'region_code'], ['2', 'franchisee']]));

    // A staff user for the new location.
    await page.getByTestId('admin-users').click();
    await page.waitForURL('**/admin/users');
    await page.getByTestId('new-user-email').fill(NEW_USER);
    await page.getByTestId('new-user-name').fill('Nina Novak');
    await page.getByTestId('new-user-password').fill(NEW_PASSWORD);
    await page.getByTestId('new-user-role').click();
    await page.getByRole('option', { name: 'Location staff' }).click();
    await page.getByTestId('new-user-scope').click();
    await page.getByRole('option', { name: new RegExp(`^${CODE} `) }).click();
    await page.getByTestId('create-user').click();
    await page.getByTestId('users-outcome').getByText(`${NEW_USER} was created.`).waitFor();
    await page.getByTestId('users-search').fill('new.staff');
    const userRow = page.getByTestId(`user-row-${NEW_USER}`);
    await userRow.waitFor();
    expect(await userRow.textContent()).toContain(`${CODE} · Administration test`);

    // The audit log names both changes, shows the user's scope readably, and the chain holds.
    await page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.waitForURL('**/audit-log');
    await page.getByTestId('filter-actor').fill('admin@');
    await page.getByTestId('filter-action').click();
    await page.getByRole('option', { name: 'user.created' }).click();
    const entry = page.getByTestId('audit-entries').locator('tbody tr').first();
    await entry.getByText('user.created').waitFor();
    await entry.getByRole('button', { name: /^Show/ }).click();
    const diff = page.getByTestId('audit-diff');
    await diff.waitFor();
    await expect(diff.getByRole('row', { name: /email/ }).textContent()).resolves.toContain(NEW_USER);
    await page.getByTestId('verify-chain').click();
    await page.getByTestId('verify-result').getByText(/The chain is intact\. Entries checked: [\d,]+\./).waitFor();

    // The new user signs in and lands on their location's open complaints.
    await s.restart();
    await signIn(s.page, NEW_USER, NEW_PASSWORD);
    await s.page.waitForURL('**/now');
  });

  it('every administration screen and the audit log have no serious or critical axe violation', async () => {
    const { page } = s;
    await signInHome(page, ADMIN);
    const screens: Array<[string, string]> = [
      ['/admin/users', 'Users'],
      ['/admin/regions', 'Regions'],
      ['/admin/franchisees', 'Franchisees'],
      ['/admin/locations', 'Locations'],
      ['/admin/settings', 'Head office'],
      ['/audit-log', 'Audit log'],
    ];
    const found: string[] = [];
    for (const [path, heading] of screens) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
      found.push(...(await accessibilityProblems(page)).map((p) => `${path} ${p}`));
    }
    expect(found).toEqual([]);
  });

  it('an auditor sees the audit log but not administration, and /admin sends them home', async () => {
    const { page } = s;
    const home = await signInHome(page, 'auditor@franscore.demo');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Audit log', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'Administration', exact: true }).count()).toBe(0);
    await page.goto('/admin/users');
    await page.waitForURL(`**${home}`);
  });
});
