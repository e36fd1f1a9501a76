import { z } from 'zod';

/**
 * A form's value checked with the API's own schema: the body to send, or per
 * field (its first path segment) the translation key `<prefix><field>` (the prefix ends in a dot) of what is wrong.
 */
export function checkForm<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: string,
): { body: z.infer<S> } | { problems: Record<string, string> } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { body: parsed.data };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    problems[field] ??= `${prefix}${field}`;
  }
  return { problems };
}

/** Empty text as null, for optional fields the API takes as null. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}
