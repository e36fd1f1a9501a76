import { signIn, signInToNetwork, usePage } from './support/browser';

describe('sign-in', () => {
  const ui = usePage();

  it('sends a signed-out visitor to the sign-in page', async () => {
    await ui.page.goto('/network');
    await ui.page.waitForURL('**/sign-in?returnUrl=%2Fnetwork');
    await expect(ui.page.title()).resolves.toBe('Sign in · Franscore');
  });

  it('announces a wrong password', async () => {
    await signIn(ui.page, 'admin@franscore.demo', 'not-the-password');
    const alert = ui.page.getByRole('alert');
    await alert.filter({ hasText: 'The email or password is wrong.' }).waitFor();
    expect(new URL(ui.page.url()).pathname).toBe('/sign-in');
  });

  it('names the missing fields without calling the server', async () => {
    await ui.page.goto('/sign-in');
    await ui.page.getByRole('button', { name: 'Sign in' }).click();
    await ui.page.getByText('Enter your email.').waitFor();
    await ui.page.getByText('Enter your password.').waitFor();
  });

  it('signs out back to the sign-in page, and the session is gone', async () => {
    await signInToNetwork(ui.page, 'rm@franscore.demo');
    await expect(ui.page.getByTestId('signed-in-user').textContent()).resolves.toContain(
      'Regional manager',
    );

    await ui.page.getByRole('button', { name: 'Sign out' }).click();
    await ui.page.waitForURL('**/sign-in');
    await ui.page.goto('/network');
    await ui.page.waitForURL('**/sign-in?returnUrl=%2Fnetwork');
    expect((await ui.page.request.get('/api/auth/me')).status()).toBe(401);
  });

  it('signs in by keyboard, returns to the page asked for, and keeps the session across a reload', async () => {
    await ui.page.goto('/network');
    await ui.page.waitForURL('**/sign-in?returnUrl=%2Fnetwork');
    // Keyboard only: the form is the first thing Tab reaches, Enter submits.
    await ui.page.keyboard.press('Tab');
    await ui.page.keyboard.type('staff@franscore.demo');
    await ui.page.keyboard.press('Tab');
    await ui.page.keyboard.type('franscore-demo');
    await ui.page.keyboard.press('Enter');
    await ui.page.waitForURL('**/network');

    await ui.page.reload();
    await ui.page.locator('[data-testid="locations-total"][data-total="1"]').waitFor();
  });
});
