/** The layout every home shares: sections as cards in a responsive grid. */
export const HOME_STYLES = `
  .sections {
    display: grid;
    gap: 24px;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 460px), 1fr));
  }
  .card {
    padding: 16px;
    border-radius: 12px;
    background: var(--mat-sys-surface-container-low);
    min-width: 0;
  }
  .card.wide {
    grid-column: 1 / -1;
  }
  .card h2 {
    margin: 0 0 12px;
    font: var(--mat-sys-title-medium);
  }
  .card h3 {
    margin: 16px 0 8px;
    font: var(--mat-sys-title-small);
  }
  .list {
    display: grid;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 12px;
  }
  .quiet {
    color: var(--mat-sys-on-surface-variant);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 24px;
    margin: 0 0 12px;
  }
  .counts strong {
    font: var(--mat-sys-headline-small);
    margin-inline-end: 6px;
  }
`;
