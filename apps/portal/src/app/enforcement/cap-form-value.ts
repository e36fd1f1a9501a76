import { SubmitCap, SubmitCapSchema } from '@franscore/domain';

export interface CapRow {
  readonly description: string;
  readonly owner: string;
  /** `YYYY-MM-DD`, as a date input gives it. */
  readonly dueDate: string;
}

export const EMPTY_CAP_ROW: CapRow = { description: '', owner: '', dueDate: '' };

/** The CAP form's rows as the body of POST .../plans, or null when the API would refuse it. */
export function toSubmitCap(rows: readonly CapRow[]): SubmitCap | null {
  const parsed = SubmitCapSchema.safeParse({
    actions: rows.map((row) => ({
      description: row.description.trim(),
      owner: row.owner.trim(),
      dueDate: row.dueDate,
    })),
  });
  return parsed.success ? parsed.data : null;
}
