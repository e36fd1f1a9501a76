import { parse } from 'csv-parse/sync';
import {
  CategorySchema,
  ChannelSchema,
  CompensationKindSchema,
  CustomerContactSchema,
  DisputeReasonSchema,
  EventTypeSchema,
  IsoDateTimeSchema,
  SeveritySchema,
  SUGGESTED_SEVERITY,
} from '@franscore/domain';
import type { BusinessCalendar } from '@franscore/scoring';
import { hostileCells } from '../errors/hostile-text';
import { HistoricalComplaint, HistoricalEvent } from './historical-complaint';

export const COMPLAINT_CSV_COLUMNS = [
  'reference',
  'location_code',
  'channel',
  'category',
  'severity',
  'received_at',
  'description',
  'remedy_sought',
  'contact_email',
  'contact_phone',
  'events',
] as const;

export interface ImportProblem {
  line: number;
  column: string;
  message: string;
}

export interface ParsedComplaintRow {
  line: number;
  complaint: HistoricalComplaint;
}

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/;

/**
 * One event as `type@time`, with details after colons:
 * `followup_rating:4@…`, `compensation_offered:voucher:10@…`, `dispute_filed:prank@…`.
 */
function parseEvent(text: string): HistoricalEvent | string {
  const at = text.lastIndexOf('@');
  if (at < 0) return `"${text}" needs @time`;
  const time = text.slice(at + 1).trim();
  if (!IsoDateTimeSchema.safeParse(time).success) return `"${time}" is not an ISO-8601 time with zone`;
  const [typeText, ...details] = text.slice(0, at).trim().split(':');
  const type = EventTypeSchema.safeParse(typeText);
  if (!type.success) return `unknown event "${typeText}"`;
  const data: Record<string, unknown> = {};
  if (type.data === 'followup_rating') {
    const rating = Number(details[0]);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) return 'followup_rating needs a rating 1-5, e.g. followup_rating:4@…';
    data['rating'] = rating;
  }
  if (type.data === 'compensation_offered') {
    const kind = CompensationKindSchema.safeParse(details[0]);
    const value = Number(details[1]);
    if (!kind.success || !Number.isFinite(value) || value < 0) return 'compensation_offered needs kind and value, e.g. compensation_offered:voucher:10@…';
    Object.assign(data, { kind: kind.data, value });
  }
  if (type.data === 'dispute_filed') {
    const reason = DisputeReasonSchema.safeParse(details[0]);
    if (!reason.success) return 'dispute_filed needs a reason, e.g. dispute_filed:prank@…';
    data['reason'] = reason.data;
  }
  return { type: type.data, at: new Date(time), actorLabel: 'import', note: null, data };
}

/** Parses a help-desk export, one complaint per row; every bad cell is reported by line and column. */
export function parseComplaintCsv(csv: string, locations: Map<string, { id: string; calendar: BusinessCalendar }>): { rows: ParsedComplaintRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const fail = (line: number, column: string, message: string) => problems.push({ line, column, message });
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (e) {
    fail((e as { lines?: number }).lines ?? 1, 'file', (e as Error).message.split('\n')[0]);
    return { rows: [], problems };
  }
  for (const bad of hostileCells(records)) fail(bad.line, bad.column, bad.message);
  if (problems.length) return { rows: [], problems };
  if (!records.length) fail(1, 'file', 'no rows');
  const header = records.length ? Object.keys(records[0].record) : [];
  for (const col of COMPLAINT_CSV_COLUMNS) if (records.length && !header.includes(col)) fail(1, col, 'missing column');
  for (const col of header) if (!(COMPLAINT_CSV_COLUMNS as readonly string[]).includes(col)) fail(1, col, 'unknown column');
  if (problems.length) return { rows: [], problems };

  const rows: ParsedComplaintRow[] = [];
  const seen = new Map<string, number>();
  for (const { record: r, info } of records) {
    const line = info.lines;
    const before = problems.length;
    if (!REFERENCE.test(r['reference'])) fail(line, 'reference', '3-40 letters, digits and dashes');
    else if (seen.has(r['reference'])) fail(line, 'reference', `repeats line ${seen.get(r['reference'])}`);
    else seen.set(r['reference'], line);
    const location = locations.get(r['location_code']);
    if (!location) fail(line, 'location_code', `no location ${r['location_code'] || '(empty)'}`);
    const channel = ChannelSchema.safeParse(r['channel']);
    if (!channel.success) fail(line, 'channel', 'unknown channel');
    const category = CategorySchema.safeParse(r['category']);
    if (!category.success) fail(line, 'category', 'unknown category');
    const severity = SeveritySchema.safeParse(r['severity'] || (category.success ? SUGGESTED_SEVERITY[category.data] : ''));
    if (!severity.success) fail(line, 'severity', 'minor, major or critical');
    if (!IsoDateTimeSchema.safeParse(r['received_at']).success) fail(line, 'received_at', 'an ISO-8601 time with zone');
    if (r['description'].length < 3 || r['description'].length > 4000) fail(line, 'description', '3-4000 characters');
    const contact = CustomerContactSchema.safeParse({
      ...(r['contact_email'] ? { email: r['contact_email'] } : {}),
      ...(r['contact_phone'] ? { phone: r['contact_phone'] } : {}),
    });
    if (!contact.success) for (const i of contact.error.issues) fail(line, `contact_${String(i.path[0])}`, i.message);
    const events: HistoricalEvent[] = [];
    for (const text of (r['events'] ?? '').split(';').map((e) => e.trim()).filter(Boolean)) {
      const e = parseEvent(text);
      if (typeof e === 'string') fail(line, 'events', e);
      else events.push(e);
    }
    if (problems.length > before || !location || !channel.success || !category.success || !severity.success || !contact.success) continue;
    rows.push({
      line,
      complaint: {
        reference: r['reference'],
        locationId: location.id,
        calendar: location.calendar,
        channel: channel.data,
        category: category.data,
        severity: severity.data,
        receivedAt: new Date(r['received_at']),
        description: r['description'],
        remedySought: r['remedy_sought'] || null,
        contact: Object.keys(contact.data).length ? contact.data : null,
        idempotencyKey: `import:${r['reference']}`,
        events,
      },
    });
  }
  return { rows, problems };
}
