import { z } from 'zod';

/** ISO 4217 codes the runtime knows (RUB, EUR, USD, ...). */
export const CurrencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'expected a 3-letter ISO 4217 code')
  .refine((code) => knownCurrency(code), 'unknown ISO 4217 currency');

function knownCurrency(code: string): boolean {
  const supported = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
  return supported ? supported('currency').includes(code) : true;
}

export const DEFAULT_CURRENCY = 'RUB';
export const DEFAULT_WORD_OF_MOUTH_MULTIPLIER = 6;

/**
 * Head office's one row of settings: its name and postal address (the sender of
 * letters), and the figures behind revenue at risk (DOMAIN.md "Customers and
 * money at risk"). Every signed-in role may read them.
 */
export const HeadOfficeSettingsSchema = z.object({
  name: z.string(),
  postalAddress: z.string(),
  customerLifetimeValue: z.number(),
  currency: z.string(),
  wordOfMouthMultiplier: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type HeadOfficeSettings = z.infer<typeof HeadOfficeSettingsSchema>;

/** What readers get before an admin has saved the settings: a lifetime value of 0 means not set yet. */
export const DEFAULT_HEAD_OFFICE_SETTINGS: HeadOfficeSettings = {
  name: 'Head office',
  postalAddress: '',
  customerLifetimeValue: 0,
  currency: DEFAULT_CURRENCY,
  wordOfMouthMultiplier: DEFAULT_WORD_OF_MOUTH_MULTIPLIER,
  updatedAt: null,
  updatedBy: null,
};

/** PUT /api/settings replaces every editable field at once (admin only). */
export const UpdateHeadOfficeSettingsSchema = z.strictObject({
  name: z.string().trim().min(1, 'required').max(200),
  postalAddress: z.string().trim().min(1, 'required').max(1000),
  customerLifetimeValue: z.number().finite().min(0, 'not negative').max(1_000_000_000),
  currency: CurrencySchema,
  wordOfMouthMultiplier: z.number().finite().min(0, 'not negative').max(100),
});
export type UpdateHeadOfficeSettings = z.infer<typeof UpdateHeadOfficeSettingsSchema>;
