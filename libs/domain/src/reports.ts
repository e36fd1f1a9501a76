import { z } from 'zod';

/** The languages a letter or report is written in (the portal's languages). */
export const REPORT_LANGUAGES = ['en', 'ru'] as const;
export const ReportLanguageSchema = z.enum(REPORT_LANGUAGES);
export type ReportLanguage = z.infer<typeof ReportLanguageSchema>;

/** `?lang=ru` on a PDF route: the requested language, English by default. */
export const ReportQuerySchema = z.strictObject({ lang: ReportLanguageSchema.default('en') });
export type ReportQuery = z.infer<typeof ReportQuerySchema>;
