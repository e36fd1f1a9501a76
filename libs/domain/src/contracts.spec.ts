import { CreateLocationSchema, CreateUserSchema, isIanaZone, LocationQuerySchema } from './index';

const location = {
  code: 'MSK-014',
  name: 'Arbat',
  address: '1 Arbat',
  regionId: '11111111-1111-4111-8111-111111111111',
  franchiseeId: '22222222-2222-4222-8222-222222222222',
  timeZone: 'Europe/Moscow',
  businessHours: { mon: { open: '09:00', close: '21:00' }, sun: null },
};

describe('contracts', () => {
  it('fills the documented defaults of a new location', () => {
    expect(CreateLocationSchema.parse(location)).toMatchObject({ status: 'active', growthEligible: true });
  });

  it.each([
    { name: 'unknown field', input: { ...location, colour: 'red' }, path: '' },
    { name: 'hour 25', input: { ...location, businessHours: { mon: { open: '25:00', close: '21:00' } } }, path: 'businessHours.mon.open' },
    { name: 'unknown zone', input: { ...location, timeZone: 'Europe/Atlantis' }, path: 'timeZone' },
    { name: 'lower-case code', input: { ...location, code: 'msk-014' }, path: 'code' },
  ])('rejects a location with $name', ({ input, path }) => {
    const result = CreateLocationSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it.each([
    { role: 'regional_manager', field: 'regionIds' },
    { role: 'franchisee', field: 'franchiseeId' },
    { role: 'location_staff', field: 'locationId' },
  ])('a $role user needs $field', ({ role, field }) => {
    const result = CreateUserSchema.safeParse({ email: 'a@b.example', displayName: 'A', password: 'long-enough-pass', role });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  it('coerces paging from the query string and caps the page size', () => {
    expect(LocationQuerySchema.parse({ page: '2', pageSize: '20' })).toMatchObject({ page: 2, pageSize: 20, sort: 'code' });
    expect(LocationQuerySchema.safeParse({ pageSize: '201' }).success).toBe(false);
  });

  it.each([
    ['Europe/Moscow', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['EST', false],
  ])('%s is an IANA zone: %s', (zone, ok) => {
    expect(isIanaZone(zone as string)).toBe(ok);
  });
});
