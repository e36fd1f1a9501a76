import { PlaybookContent, PlaybookContentSchema } from '@franscore/domain';

/** The content to send, checked with the server's own schema; null while it would be refused. */
export function formToContent(value: unknown): PlaybookContent | null {
  const parsed = PlaybookContentSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
