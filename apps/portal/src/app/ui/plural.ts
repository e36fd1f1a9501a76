/**
 * The plural forms the translation files hold for a counted phrase. English
 * uses `one` and `other`; Russian `one` (1, 21), `few` (2-4, 22) and `many`
 * (5-20, 25), and `other` for fractions. Both files carry all four keys (the
 * translation test wants the same keys), so any form a language picks exists.
 */
export const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];

const rules = new Map<string, Intl.PluralRules>();

export function pluralForm(count: number, language: string): PluralForm {
  let r = rules.get(language);
  if (!r) rules.set(language, (r = new Intl.PluralRules(language)));
  const form = r.select(count);
  return (PLURAL_FORMS as readonly string[]).includes(form) ? (form as PluralForm) : 'other';
}

/** `scorecards.counted.protocol` + 5 in Russian = `scorecards.counted.protocol.many`. */
export function pluralKey(base: string, count: number, language: string): string {
  return `${base}.${pluralForm(count, language)}`;
}
