import { z } from 'zod';

/**
 * Years both PostgreSQL and JavaScript hold as written: PostgreSQL has no year
 * 0000 (1 BC follows AD 1) and refuses it, which used to surface as a 500.
 * Five-digit and signed years never match zod's ISO formats in the first place.
 */
const FIRST_YEAR = 1;
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const YEAR_MESSAGE = 'year must be 0001 to 9999';

/** A calendar day, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date().refine((d) => yearOf(d) >= FIRST_YEAR, YEAR_MESSAGE);

/** An instant, ISO-8601 with `Z` or an offset. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true }).refine((d) => yearOf(d) >= FIRST_YEAR, YEAR_MESSAGE);
