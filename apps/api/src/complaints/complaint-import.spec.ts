import { parseComplaintCsv } from './complaint-import';

const HEADER = 'reference,location_code,channel,category,severity,received_at,description,remedy_sought,contact_email,contact_phone,events';
const locations = new Map([['MSK-001', { id: 'L1', calendar: { timeZone: 'Europe/Moscow', hours: {} } }]]);

describe(parseComplaintCsv.name, () => {
  it('reads a complaint with its events', () => {
    const csv = `${HEADER}\nZD-1001,MSK-001,email,food_quality,,2026-05-01T10:00:00Z,Cold soup,Refund,ann@example.com,,acknowledged@2026-05-01T10:10:00Z;compensation_offered:refund:5@2026-05-01T11:00:00Z;resolved@2026-05-01T12:00:00Z;followup_rating:4@2026-05-02T09:00:00Z`;
    const { rows, problems } = parseComplaintCsv(csv, locations);
    expect(problems).toEqual([]);
    expect(rows[0].complaint).toMatchObject({
      reference: 'ZD-1001',
      locationId: 'L1',
      severity: 'major', // suggested for food_quality
      contact: { email: 'ann@example.com' },
      idempotencyKey: 'import:ZD-1001',
    });
    expect(rows[0].complaint.events.map((e) => [e.type, e.data])).toEqual([
      ['acknowledged', {}],
      ['compensation_offered', { kind: 'refund', value: 5 }],
      ['resolved', {}],
      ['followup_rating', { rating: 4 }],
    ]);
  });

  it('names every bad cell by line and column', () => {
    const csv = [
      HEADER,
      'ZD-1,NOPE-1,email,food_quality,,2026-05-01T10:00:00Z,Cold soup,,,,',
      'ZD-2,MSK-001,fax,food_quality,,2026-05-01T10:00:00Z,Cold soup,,,,',
      'ZD-3,MSK-001,email,food_quality,,yesterday,Cold soup,,not-mail,,',
      'ZD-4,MSK-001,email,food_quality,,2026-05-01T10:00:00Z,Cold soup,,,,waved@2026-05-01T10:00:00Z',
      'ZD-4,MSK-001,email,food_quality,,2026-05-01T10:00:00Z,Cold soup,,,,followup_rating:9@2026-05-01T10:00:00Z',
    ].join('\n');
    const { rows, problems } = parseComplaintCsv(csv, locations);
    expect(rows).toEqual([]);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual([
      '2:location_code',
      '3:channel',
      '4:received_at',
      '4:contact_email',
      '5:events',
      '6:reference',
      '6:events',
    ]);
  });
});
