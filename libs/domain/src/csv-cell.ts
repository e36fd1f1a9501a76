/**
 * A spreadsheet opens a cell starting with one of these as a formula (`=cmd|' /C calc'!A0` runs a program).
 * Names, addresses and descriptions are typed by users and customers, so every export writes them through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180) that a spreadsheet shows as text and never runs (OWASP CSV injection): a string starting
 * with `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, then quotes when it holds a comma,
 * a quote or a line break.
 *
 * The choice for numbers: a value typed as a number is written as a plain number, a negative one included (-5.2),
 * so figures stay numbers in the sheet; a number cannot carry a formula. Text that only looks like a number
 * ("-5" in a name) is still text and is neutralized. Null and non-finite numbers are empty cells.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of cells, without its line end (the writer picks \n or \r\n). */
export function csvRow(values: ReadonlyArray<string | number | null>): string {
  return values.map(csvCell).join(',');
}
