import { HeadOfficeSettings, UpdateHeadOfficeSettings, UpdateHeadOfficeSettingsSchema } from '@franscore/domain';

export const SETTINGS_FIELDS = ['name', 'postalAddress', 'customerLifetimeValue', 'currency', 'wordOfMouthMultiplier'] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** What the form holds: numbers as typed, so a half-typed value is not lost. */
export interface SettingsFormValue {
  readonly name: string;
  readonly postalAddress: string;
  readonly customerLifetimeValue: string;
  readonly currency: string;
  readonly wordOfMouthMultiplier: string;
}

export function toSettingsForm(s: HeadOfficeSettings): SettingsFormValue {
  return {
    name: s.name,
    postalAddress: s.postalAddress,
    customerLifetimeValue: String(s.customerLifetimeValue),
    currency: s.currency,
    wordOfMouthMultiplier: String(s.wordOfMouthMultiplier),
  };
}

/** A number as people type it: spaces between thousands and a decimal comma (Russian) are fine. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export type SettingsProblems = Partial<Record<SettingsField, string>>;

/** The PUT body, or the translation key of each field's problem (the same rules as the API's). */
export function toUpdateSettings(value: SettingsFormValue): { body: UpdateHeadOfficeSettings } | { problems: SettingsProblems } {
  const problems: SettingsProblems = {};
  const lifetime = parseAmount(value.customerLifetimeValue);
  const multiplier = parseAmount(value.wordOfMouthMultiplier);
  if (lifetime === null) problems.customerLifetimeValue = 'admin.settings.problems.number';
  if (multiplier === null) problems.wordOfMouthMultiplier = 'admin.settings.problems.number';
  const parsed = UpdateHeadOfficeSettingsSchema.safeParse({
    name: value.name,
    postalAddress: value.postalAddress,
    customerLifetimeValue: lifetime ?? 0,
    currency: value.currency,
    wordOfMouthMultiplier: multiplier ?? 0,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SettingsField;
      problems[field] ??= problemKey(field, issue.code);
    }
  }
  return Object.keys(problems).length ? { problems } : parsed.success ? { body: parsed.data } : { problems };
}

function problemKey(field: SettingsField, code: string): string {
  switch (field) {
    case 'name':
    case 'postalAddress':
      return code === 'too_big' ? 'admin.settings.problems.tooLong' : 'admin.settings.problems.required';
    case 'currency':
      return 'admin.settings.problems.currency';
    case 'customerLifetimeValue':
    case 'wordOfMouthMultiplier':
      return code === 'too_big' ? 'admin.settings.problems.tooLarge' : 'admin.settings.problems.negative';
  }
}

/** ISO 4217 codes for the currency picker: the ones the playbooks use first, then every other the browser knows. */
export function currencyChoices(known: readonly string[], current: string): string[] {
  const first = ['RUB', 'EUR', 'USD', 'KZT'];
  const rest = [...new Set([...known, current])].filter((c) => c && !first.includes(c)).sort();
  return [...first, ...rest];
}

/**
 * Revenue at risk for one lost complainant under these settings (DOMAIN.md:
 * lost x (1 + multiplier) x lifetime value), to show the admin what a change means.
 */
export function revenueAtRiskPerLost(s: Pick<UpdateHeadOfficeSettings, 'customerLifetimeValue' | 'wordOfMouthMultiplier'>): number {
  return (1 + s.wordOfMouthMultiplier) * s.customerLifetimeValue;
}
