import { IsoDateSchema, IsoDateTimeSchema } from './dates';
import { AuditLogQuerySchema } from './audit-log';
import { PeriodSchema } from './policy';

describe('ISO dates', () => {
  it.each([
    { value: '2026-11-02', ok: true },
    { value: '0001-01-01', ok: true },
    { value: '9999-12-31', ok: true },
    { value: '2024-02-29', ok: true },
    { value: '0000-01-01', ok: false },
    { value: '0000-12-31', ok: false },
    { value: '10000-01-01', ok: false },
    { value: '-0001-01-01', ok: false },
    { value: '2026-02-29', ok: false },
  ])('day $value: $ok', ({ value, ok }) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(ok);
  });

  it.each([
    { value: '2026-11-02T09:00:00Z', ok: true },
    { value: '2026-11-02T09:00:00.123+03:00', ok: true },
    { value: '0001-01-01T00:00:00Z', ok: true },
    { value: '9999-12-31T23:59:59.999Z', ok: true },
    { value: '0000-01-01T00:00:00Z', ok: false },
    { value: '0000-12-31T23:59:59+00:00', ok: false },
    { value: '10000-01-01T00:00:00Z', ok: false },
    { value: '+275760-09-13T00:00:00Z', ok: false },
    { value: '2026-11-02T09:00:00', ok: false },
  ])('instant $value: $ok', ({ value, ok }) => {
    expect(IsoDateTimeSchema.safeParse(value).success).toBe(ok);
  });

  it.each([
    { value: '2026-11', ok: true },
    { value: '0001-01', ok: true },
    { value: '0000-01', ok: false },
    { value: '2026-13', ok: false },
  ])('period $value: $ok', ({ value, ok }) => {
    expect(PeriodSchema.safeParse(value).success).toBe(ok);
  });
});

describe('the audit log query days', () => {
  it.each(['from', 'to'])('refuses year 0000 in %s, naming it', (field) => {
    const result = AuditLogQuerySchema.safeParse({ [field]: '0000-01-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});
