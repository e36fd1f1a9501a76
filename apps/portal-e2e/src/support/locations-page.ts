import { Page } from 'playwright-core';

/** The locations page as a test reads it. */
export class LocationsPageObject {
  constructor(private readonly page: Page) {}

  /** The total once the current query has answered (the attribute is absent while loading). */
  async total(): Promise<number> {
    const total = this.page.locator('[data-testid="locations-total"][data-total]');
    await total.waitFor();
    return Number(await total.getAttribute('data-total'));
  }

  /** Waits until the list shows `expected` results, i.e. the filter has been applied. */
  async waitForTotal(expected: number): Promise<void> {
    await this.page.waitForSelector(`[data-testid="locations-total"][data-total="${expected}"]`);
  }

  async column(
    name: 'code' | 'name' | 'region' | 'franchisee' | 'timeZone' | 'status',
  ): Promise<string[]> {
    const cells = this.page.locator(`[data-testid="locations-table"] tbody td.mat-column-${name}`);
    return (await cells.allTextContents()).map((text) => text.trim());
  }

  async chooseRegion(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Region' }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }
}
