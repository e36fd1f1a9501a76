import { IdempotencyKeySchema, PublicComplaintSchema } from '@franscore/domain';
import {
  ComplaintFormValue,
  FORM_FIELDS,
  fieldMessageKey,
  newIdempotencyKey,
  photoRefusal,
  serverFieldErrors,
  submitErrorKey,
  toPublicComplaint,
} from './complaint-form';

function makeValue(overrides: Partial<ComplaintFormValue> = {}): ComplaintFormValue {
  return {
    category: 'wait_time',
    description: 'Waited forty minutes.',
    remedySought: '',
    name: '',
    email: '',
    phone: '',
    orderNumber: '',
    visitedAt: '',
    website: '',
    ...overrides,
  };
}

describe(toPublicComplaint.name, () => {
  it.each([
    {
      name: 'only what is required, and no contact',
      value: makeValue({ description: '  Waited forty minutes.  ', name: '  ' }),
      expected: { channel: 'qr_form', category: 'wait_time', description: 'Waited forty minutes.' },
    },
    {
      name: 'remedy and the contact fields given',
      value: makeValue({
        remedySought: ' A refund ',
        name: 'Anna',
        email: 'anna@example.com',
        phone: '',
      }),
      expected: {
        channel: 'qr_form',
        category: 'wait_time',
        description: 'Waited forty minutes.',
        remedySought: 'A refund',
        contact: { name: 'Anna', email: 'anna@example.com' },
      },
    },
    {
      name: 'the order number trimmed, and the visit time in the browser\'s zone as an instant',
      value: makeValue({ orderNumber: ' #A-1042 ', visitedAt: '2026-11-02T13:30' }),
      expected: {
        channel: 'qr_form',
        category: 'wait_time',
        description: 'Waited forty minutes.',
        orderNumber: '#A-1042',
        visitedAt: new Date(2026, 10, 2, 13, 30).toISOString(),
      },
    },
    {
      name: 'an unreadable visit time is left out',
      value: makeValue({ visitedAt: 'yesterday' }),
      expected: { channel: 'qr_form', category: 'wait_time', description: 'Waited forty minutes.' },
    },
    {
      name: 'a filled honeypot goes along for the server to refuse',
      value: makeValue({ website: 'http://spam.example' }),
      expected: {
        channel: 'qr_form',
        category: 'wait_time',
        description: 'Waited forty minutes.',
        website: 'http://spam.example',
      },
    },
  ])('$name', ({ value, expected }) => {
    const sut = toPublicComplaint(value);
    expect(sut).toEqual(expected);
    expect(PublicComplaintSchema.safeParse(sut).success).toBe(true);
  });

  it('sends nothing without a category', () => {
    expect(toPublicComplaint(makeValue({ category: null }))).toBeNull();
  });

  it('never sends a severity: staff judge it', () => {
    expect(toPublicComplaint(makeValue({ category: 'safety' }))).not.toHaveProperty('severity');
  });
});

describe(photoRefusal.name, () => {
  const naming = (field: string) => ({ statusCode: 400, error: 'Bad Request', message: 'Invalid', details: [{ field, message: 'x' }] });
  it.each([
    { name: 'a file that is not an image', status: 400, body: naming('photo'), expected: 'type' },
    { name: 'a photo over 5 MB', status: 413, body: naming('photo'), expected: 'size' },
    { name: 'a body over the limit', status: 413, body: null, expected: 'size' },
    { name: 'another field', status: 400, body: naming('description'), expected: null },
  ])('$name: $expected', ({ status, body, expected }) => {
    expect(photoRefusal(status, body)).toBe(expected);
  });

  it('does not count the photo as something the form cannot fix', () => {
    expect(serverFieldErrors(naming('photo'))).toEqual({ fields: {}, other: false });
  });
});

describe(serverFieldErrors.name, () => {
  it('puts each named field on its control and keeps the first message', () => {
    const sut = serverFieldErrors({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid description, contact.email',
      details: [
        { field: 'description', message: 'at least 3 characters' },
        { field: 'contact.email', message: 'Invalid email address' },
        { field: 'contact.email', message: 'too long' },
      ],
    });
    expect(sut).toEqual({
      fields: { description: 'at least 3 characters', email: 'Invalid email address' },
      other: false,
    });
  });

  it.each([
    { name: 'the honeypot', field: 'website' },
    { name: 'the idempotency key', field: 'Idempotency-Key' },
  ])('flags $name as something the form cannot fix', ({ field }) => {
    const sut = serverFieldErrors({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid',
      details: [{ field, message: 'x' }],
    });
    expect(sut).toEqual({ fields: {}, other: true });
  });

  it('puts the order number and visit time on their controls', () => {
    const sut = serverFieldErrors({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid visitedAt',
      details: [
        { field: 'visitedAt', message: 'must not be in the future' },
        { field: 'orderNumber', message: 'letters, digits and # . / _ - only' },
      ],
    });
    expect(sut).toEqual({
      fields: { visitedAt: 'must not be in the future', orderNumber: 'letters, digits and # . / _ - only' },
      other: false,
    });
  });

  it('flags a 400 without details too', () => {
    expect(serverFieldErrors(null)).toEqual({ fields: {}, other: true });
  });
});

describe(fieldMessageKey.name, () => {
  it.each([
    { field: 'description' as const, errors: null, expected: null },
    {
      field: 'description' as const,
      errors: { required: true },
      expected: 'complaintForm.errors.descriptionRequired',
    },
    {
      field: 'description' as const,
      errors: { minlength: {} },
      expected: 'complaintForm.errors.descriptionLength',
    },
    {
      field: 'description' as const,
      errors: { server: 'x' },
      expected: 'complaintForm.errors.descriptionInvalid',
    },
    {
      field: 'email' as const,
      errors: { email: true },
      expected: 'complaintForm.errors.emailInvalid',
    },
    {
      field: 'phone' as const,
      errors: { pattern: {} },
      expected: 'complaintForm.errors.phoneInvalid',
    },
    {
      field: 'category' as const,
      errors: { required: true },
      expected: 'complaintForm.errors.categoryRequired',
    },
  ])('$field with $errors', ({ field, errors, expected }) => {
    expect(fieldMessageKey(field, errors)).toBe(expected);
  });

  it.each(FORM_FIELDS.map((field) => ({ field })))(
    'has a message for a server refusal of $field',
    ({ field }) => {
      expect(fieldMessageKey(field, { server: 'refused' })).toMatch(/^complaintForm\.errors\./);
    },
  );
});

describe(submitErrorKey.name, () => {
  it.each([
    {
      name: 'fields to fix',
      status: 400,
      other: false,
      expected: 'complaintForm.errors.checkFields',
    },
    {
      name: 'refused outright',
      status: 400,
      other: true,
      expected: 'complaintForm.errors.rejected',
    },
    {
      name: 'location closed meanwhile',
      status: 404,
      other: false,
      expected: 'complaintForm.errors.locationGone',
    },
    {
      name: 'rate limited',
      status: 429,
      other: false,
      expected: 'complaintForm.errors.rateLimited',
    },
    { name: 'server down', status: 0, other: false, expected: 'complaintForm.errors.unavailable' },
    {
      name: 'server error',
      status: 500,
      other: false,
      expected: 'complaintForm.errors.unavailable',
    },
  ])('$name', ({ status, other, expected }) => {
    expect(submitErrorKey(status, { fields: {}, other })).toBe(expected);
  });
});

describe(newIdempotencyKey.name, () => {
  it('is a version 4 UUID the API accepts as a key', () => {
    const sut = newIdempotencyKey();
    expect(sut).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(IdempotencyKeySchema.safeParse(sut).success).toBe(true);
  });

  it('is built from the random bytes it is given', () => {
    const fixed = {
      getRandomValues: <T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint8Array) array.fill(0xff);
        return array;
      },
    };
    expect(newIdempotencyKey(fixed)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('differs between two forms', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
