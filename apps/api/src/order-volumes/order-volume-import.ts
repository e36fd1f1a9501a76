import { parse } from 'csv-parse/sync';
import { IsoDateSchema, MAX_DAILY_ORDERS } from '@franscore/domain';
import { hostileCells } from '../errors/hostile-text';

export interface OrderVolumeRow {
  line: number;
  locationId: string;
  locationCode: string;
  day: string;
  orders: number;
}

export interface VolumeProblem {
  line: number;
  column: string;
  message: string;
}

/** `location_code,day,orders`: one figure per location and day; a repeated pair in one file is an error. */
export function parseOrderVolumeCsv(csv: string, locationIdByCode: Map<string, string>): { rows: OrderVolumeRow[]; problems: VolumeProblem[] } {
  const problems: VolumeProblem[] = [];
  const rows: OrderVolumeRow[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (e) {
    return { rows, problems: [{ line: (e as { lines?: number }).lines ?? 1, column: 'file', message: (e as Error).message.split('\n')[0] }] };
  }
  problems.push(...hostileCells(records));
  if (problems.length) return { rows, problems };
  const header = records.length ? Object.keys(records[0].record) : [];
  for (const col of ['location_code', 'day', 'orders']) if (!header.includes(col)) problems.push({ line: 1, column: col, message: 'missing column' });
  if (!records.length) problems.push({ line: 1, column: 'file', message: 'no rows' });
  if (problems.length) return { rows, problems };
  const seen = new Map<string, number>();
  for (const { record: r, info } of records) {
    const line = info.lines;
    const before = problems.length;
    const locationId = locationIdByCode.get(r['location_code']);
    if (!locationId) problems.push({ line, column: 'location_code', message: `no location ${r['location_code'] || '(empty)'}` });
    if (!IsoDateSchema.safeParse(r['day']).success) problems.push({ line, column: 'day', message: 'expected YYYY-MM-DD' });
    const orders = Number(r['orders']);
    if (!/^\d+$/.test(r['orders']) || orders > MAX_DAILY_ORDERS) problems.push({ line, column: 'orders', message: 'a whole number from 0 to 10,000,000' });
    const key = `${r['location_code']}|${r['day']}`;
    if (seen.has(key)) problems.push({ line, column: 'day', message: `repeats line ${seen.get(key)}` });
    seen.set(key, line);
    if (problems.length === before && locationId) rows.push({ line, locationId, locationCode: r['location_code'], day: r['day'], orders });
  }
  return { rows, problems };
}
