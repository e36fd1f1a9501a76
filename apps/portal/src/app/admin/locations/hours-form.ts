import { BusinessHours, BusinessHoursSchema, WEEKDAYS, Weekday } from '@franscore/domain';

/** One weekday of the hours editor: open or closed, and from when to when (local time). */
export interface HoursRow {
  readonly day: Weekday;
  readonly open: boolean;
  readonly from: string;
  readonly to: string;
}

const DEFAULT_FROM = '09:00';
const DEFAULT_TO = '21:00';

/** The editor's seven rows, Monday first; a closed day keeps default times to start from when opened. */
export function toHoursRows(hours: BusinessHours): HoursRow[] {
  return WEEKDAYS.map((day) => {
    const span = hours[day];
    return span ? { day, open: true, from: span.open, to: span.close } : { day, open: false, from: DEFAULT_FROM, to: DEFAULT_TO };
  });
}

/**
 * The API's business hours, or the days whose times are not HH:MM. A close
 * earlier than the open runs past midnight; the same time twice is refused
 * (a day open zero minutes is a closed day).
 */
export function toBusinessHours(rows: readonly HoursRow[]): { hours: BusinessHours } | { badDays: Weekday[] } {
  const hours: Record<string, { open: string; close: string } | null> = {};
  const badDays: Weekday[] = [];
  for (const row of rows) {
    if (!row.open) {
      hours[row.day] = null;
      continue;
    }
    const span = { open: row.from.trim(), close: row.to.trim() };
    const parsed = BusinessHoursSchema.shape[row.day].safeParse(span);
    if (!parsed.success || span.open === span.close) badDays.push(row.day);
    else hours[row.day] = span;
  }
  return badDays.length ? { badDays } : { hours: hours as BusinessHours };
}

/** Whether a day's hours run past midnight (close before open), for the hint beside it. */
export function runsPastMidnight(row: HoursRow): boolean {
  return row.open && row.to < row.from;
}
