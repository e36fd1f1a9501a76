/**
 * A moment for people: date and time in the viewer's language and (unless
 * given) time zone. The raw value when it is not a time, rather than "Invalid Date".
 */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}
