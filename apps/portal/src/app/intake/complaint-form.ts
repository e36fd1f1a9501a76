import { Category, ErrorBody, PublicComplaint } from '@franscore/domain';
import { PhotoProblem } from '../ui/photo-check';

/** The customer form's fields, as the page names its controls. */
export const FORM_FIELDS = [
  'category',
  'description',
  'remedySought',
  'name',
  'email',
  'phone',
  'orderNumber',
  'visitedAt',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export interface ComplaintFormValue {
  readonly category: Category | null;
  readonly description: string;
  readonly remedySought: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly orderNumber: string;
  /** A datetime-local value (`2026-11-02T13:30`), read in the browser's time zone: the customer's own clock. */
  readonly visitedAt: string;
  /** The honeypot: people never see it, so anything in it came from a bot. */
  readonly website: string;
}

/**
 * The body of POST /api/public/locations/{code}/complaints: blanks left out,
 * no contact at all when none was given, no severity (staff judge it), and the
 * honeypot only when something filled it, so that the server refuses the bot.
 */
export function toPublicComplaint(value: ComplaintFormValue): PublicComplaint | null {
  // An unreadable time (the browser's picker makes that rare) is left out rather than sent wrong.
  const visited = value.visitedAt ? new Date(value.visitedAt) : null;
  if (!value.category) return null;
  const text = (s: string) => s.trim() || undefined;
  const contact = { name: text(value.name), email: text(value.email), phone: text(value.phone) };
  const given = Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined));
  const body: PublicComplaint = {
    channel: 'qr_form',
    category: value.category,
    description: value.description.trim(),
  };
  const remedySought = text(value.remedySought);
  if (remedySought) body.remedySought = remedySought;
  if (Object.keys(given).length) body.contact = given;
  const orderNumber = text(value.orderNumber);
  if (orderNumber) body.orderNumber = orderNumber;
  if (visited && !Number.isNaN(visited.getTime())) body.visitedAt = visited.toISOString();
  if (value.website) body.website = value.website;
  return body;
}

/** Where the server's field names (zod paths) land on the form. */
const SERVER_FIELDS: Record<string, FormField> = {
  category: 'category',
  description: 'description',
  remedySought: 'remedySought',
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  orderNumber: 'orderNumber',
  visitedAt: 'visitedAt',
};

export interface ServerFieldErrors {
  /** The server's message per form field it named. */
  readonly fields: Partial<Record<FormField, string>>;
  /** Whether it named something the customer cannot fix on the form (honeypot, idempotency key). */
  readonly other: boolean;
}

export function serverFieldErrors(body: ErrorBody | null): ServerFieldErrors {
  const fields: Partial<Record<FormField, string>> = {};
  let other = false;
  for (const detail of body?.details ?? []) {
    // The photo is not a form control: photoRefusal reads it.
    if (detail.field === 'photo') continue;
    const field = SERVER_FIELDS[detail.field];
    if (field) fields[field] ??= detail.message;
    else other = true;
  }
  return { fields, other: other || !body?.details?.length };
}

/** One message per field, the most useful first; keys spelt out so the translation test finds them. */
const FIELD_MESSAGES: Record<FormField, Partial<Record<string, string>> & { invalid: string }> = {
  category: {
    required: 'complaintForm.errors.categoryRequired',
    invalid: 'complaintForm.errors.categoryInvalid',
  },
  description: {
    required: 'complaintForm.errors.descriptionRequired',
    minlength: 'complaintForm.errors.descriptionLength',
    maxlength: 'complaintForm.errors.descriptionLength',
    invalid: 'complaintForm.errors.descriptionInvalid',
  },
  remedySought: {
    maxlength: 'complaintForm.errors.remedyLength',
    invalid: 'complaintForm.errors.remedyInvalid',
  },
  name: {
    maxlength: 'complaintForm.errors.nameLength',
    invalid: 'complaintForm.errors.nameInvalid',
  },
  email: { invalid: 'complaintForm.errors.emailInvalid' },
  phone: { invalid: 'complaintForm.errors.phoneInvalid' },
  orderNumber: {
    maxlength: 'complaintForm.errors.orderNumberLength',
    invalid: 'complaintForm.errors.orderNumberInvalid',
  },
  visitedAt: { invalid: 'complaintForm.errors.visitedAtInvalid' },
};

/** The translation key for a control's errors (Angular's error names, or `server`), or null when valid. */
export function fieldMessageKey(
  field: FormField,
  errors: Record<string, unknown> | null,
): string | null {
  if (!errors) return null;
  const messages = FIELD_MESSAGES[field];
  for (const name of ['required', 'minlength', 'maxlength']) {
    const key = messages[name];
    if (name in errors && key) return key;
  }
  return Object.keys(errors).length ? messages.invalid : null;
}

/** What the server said of the photo: too large (413), or not an image it takes (400 naming `photo`); null when it did not refuse it. */
export function photoRefusal(status: number, body: ErrorBody | null): PhotoProblem | null {
  if (!body?.details?.some((d) => d.field === 'photo')) return status === 413 ? 'size' : null;
  return status === 413 ? 'size' : 'type';
}

/** Why filing failed when it is not a field's fault. */
export function submitErrorKey(status: number, fieldErrors: ServerFieldErrors | null): string {
  switch (status) {
    case 400:
      return fieldErrors?.other
        ? 'complaintForm.errors.rejected'
        : 'complaintForm.errors.checkFields';
    case 404:
      return 'complaintForm.errors.locationGone';
    case 413:
      return 'complaintForm.errors.checkFields';
    case 429:
      return 'complaintForm.errors.rateLimited';
    default:
      return 'complaintForm.errors.unavailable';
  }
}

/**
 * A random UUID (version 4) for the Idempotency-Key header. Built from
 * getRandomValues because crypto.randomUUID exists only on HTTPS and
 * localhost, and a store's QR poster may point at plain HTTP on a LAN.
 */
export function newIdempotencyKey(
  random: Pick<Crypto, 'getRandomValues'> = globalThis.crypto,
): string {
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
