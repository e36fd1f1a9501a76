import { parse } from 'csv-parse/sync';
import { CreateLocation, CreateLocationSchema, WEEKDAYS, Weekday } from '@franscore/domain';
import { ErrorDetail } from '../errors/app-error';
import { hostileCells } from '../errors/hostile-text';

export const LOCATION_CSV_COLUMNS = [
  'code',
  'name',
  'address',
  'region_code',
  'franchisee',
  'time_zone',
  ...WEEKDAYS,
] as const;

export interface ImportLookups {
  regionIdByCode: Map<string, string>;
  franchiseeIdsByName: Map<string, string[]>;
}

export interface ParsedLocationRow {
  line: number;
  location: CreateLocation;
}

export type ImportDetail = ErrorDetail & { line: number; column: string };

const SPAN = /^\s*(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})\s*$/;

/**
 * Parses and checks a locations CSV completely before anything is written, so
 * the answer lists every bad cell (line and column) or gives rows that are all good.
 * Hours per weekday are `HH:MM-HH:MM`, empty for closed.
 */
export function parseLocationCsv(csv: string, lookups: ImportLookups): { rows: ParsedLocationRow[]; errors: ImportDetail[] } {
  const errors: ImportDetail[] = [];
  const fail = (line: number, column: string, message: string) =>
    errors.push({ line, column, field: `line ${line}, ${column}`, message });
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    fail(line, 'file', (e as Error).message.split('\n')[0]);
    return { rows: [], errors };
  }
  for (const bad of hostileCells(records)) fail(bad.line, bad.column, bad.message);
  if (errors.length) return { rows: [], errors };
  if (records.length === 0) {
    fail(1, 'file', 'no rows');
    return { rows: [], errors };
  }
  const header = Object.keys(records[0].record);
  for (const col of LOCATION_CSV_COLUMNS) if (!header.includes(col)) fail(1, col, 'missing column');
  for (const col of header) if (!(LOCATION_CSV_COLUMNS as readonly string[]).includes(col)) fail(1, col, 'unknown column');
  if (errors.length) return { rows: [], errors };

  const { regionIdByCode, franchiseeIdsByName } = lookups;
  const seen = new Map<string, number>();
  const rows: ParsedLocationRow[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const problemsBefore = errors.length;
    const businessHours: Partial<Record<Weekday, { open: string; close: string } | null>> = {};
    for (const day of WEEKDAYS) {
      const cell = record[day];
      if (!cell) {
        businessHours[day] = null;
        continue;
      }
      const m = SPAN.exec(cell);
      if (!m) fail(line, day, 'expected HH:MM-HH:MM or empty for closed');
      else businessHours[day] = { open: m[1], close: m[2] };
    }
    const regionId = regionIdByCode.get(record['region_code']);
    if (!regionId) fail(line, 'region_code', `no region ${record['region_code'] || '(empty)'}`);
    const franchisees = franchiseeIdsByName.get(record['franchisee']) ?? [];
    if (franchisees.length !== 1) {
      fail(line, 'franchisee', franchisees.length ? 'more than one franchisee has this name' : `no franchisee ${record['franchisee'] || '(empty)'}`);
    }
    const code = record['code'];
    const firstLine = seen.get(code);
    if (firstLine !== undefined) fail(line, 'code', `repeats line ${firstLine}`);
    else seen.set(code, line);
    const parsed = CreateLocationSchema.safeParse({
      code,
      name: record['name'],
      address: record['address'],
      regionId: regionId ?? '00000000-0000-4000-8000-000000000000',
      franchiseeId: franchisees[0] ?? '00000000-0000-4000-8000-000000000000',
      timeZone: record['time_zone'],
      businessHours,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        const column = key === 'timeZone' ? 'time_zone' : key === 'businessHours' ? String(issue.path[1] ?? 'hours') : key;
        fail(line, column, issue.message);
      }
    } else if (errors.length === problemsBefore) {
      rows.push({ line, location: parsed.data });
    }
  }
  return { rows, errors };
}

/** Rows whose code the network already has. */
export function existingCodeErrors(rows: ParsedLocationRow[], existing: Set<string>): ImportDetail[] {
  return rows
    .filter((r) => existing.has(r.location.code))
    .map((r) => ({ line: r.line, column: 'code', field: `line ${r.line}, code`, message: `location ${r.location.code} already exists` }));
}
