import { Page } from 'playwright-core';

/** The complaints list as a test reads it. */
export class ComplaintsPageObject {
  constructor(private readonly page: Page) {}

  /** The total once the current query has answered (the attribute is absent while loading). */
  async total(): Promise<number> {
    const total = this.page.locator('[data-testid="complaints-total"][data-total]');
    await total.waitFor();
    return Number(await total.getAttribute('data-total'));
  }

  async waitForTotal(expected: number): Promise<void> {
    await this.page.waitForSelector(`[data-testid="complaints-total"][data-total="${expected}"]`);
  }

  async column(
    name: 'reference' | 'category' | 'severity' | 'status' | 'received',
  ): Promise<string[]> {
    const cells = this.page.locator(`[data-testid="complaints-table"] tbody td.mat-column-${name}`);
    return (await cells.allTextContents()).map((text) => text.trim());
  }

  async locationCodes(): Promise<string[]> {
    const cells = this.page.locator(
      '[data-testid="complaints-table"] tbody td.mat-column-location .code',
    );
    return (await cells.allTextContents()).map((text) => text.trim());
  }

  async choose(filter: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: filter, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}

/** The toolbar's alert bell. */
export class AlertsBellObject {
  constructor(private readonly page: Page) {}

  private get bell() {
    return this.page.getByTestId('alerts-bell');
  }

  /** Once the live stream is open (and the list loaded), an alert raised now will arrive. */
  async waitUntilLive(): Promise<void> {
    await this.page
      .locator('[data-testid="alerts-bell"][data-stream="open"][data-unread]')
      .waitFor();
  }

  async unread(): Promise<number> {
    return Number(await this.bell.getAttribute('data-unread'));
  }

  async waitForUnread(expected: number): Promise<void> {
    await this.page.locator(`[data-testid="alerts-bell"][data-unread="${expected}"]`).waitFor();
  }

  async label(): Promise<string | null> {
    return this.bell.getAttribute('aria-label');
  }

  async open(): Promise<void> {
    await this.bell.click();
  }
}
