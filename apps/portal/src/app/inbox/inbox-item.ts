import { InboxItemSchema } from '@franscore/domain';
import { z } from 'zod';

export const INBOX_KINDS = InboxItemSchema.shape.kind.options;
export type InboxKind = (typeof INBOX_KINDS)[number];

/**
 * An inbox item as parsed here: the kind is any text, so one a newer server
 * adds still shows (with the server's own text) instead of failing the list.
 */
export const LenientInboxItemSchema = InboxItemSchema.extend({ kind: z.string() });
export type LenientInboxItem = z.infer<typeof LenientInboxItemSchema>;
export const InboxListSchema = z.array(LenientInboxItemSchema);

/** The translation of a known kind, or null to show the server's text. */
export function inboxLabelKey(kind: string): string | null {
  return (INBOX_KINDS as readonly string[]).includes(kind) ? `inbox.kinds.${kind}` : null;
}

export interface LinkTarget {
  readonly path: string;
  readonly queryParams: Record<string, string>;
}

/**
 * The server's link (`/enforcement/<id>`, `/scorecards?period=2026-10`) as a
 * router link: path and query apart, since routerLink would encode the `?`.
 * Anything that is not a portal path becomes the inbox itself.
 */
export function linkTarget(link: string): LinkTarget {
  if (!link.startsWith('/') || link.startsWith('//')) return { path: '/inbox', queryParams: {} };
  const url = new URL(link, 'http://portal.invalid');
  const queryParams: Record<string, string> = {};
  url.searchParams.forEach((value, key) => (queryParams[key] = value));
  return { path: url.pathname, queryParams };
}

/** Deadlines first, the nearest on top; items without one keep the server's order after them. */
export function byDue<T extends { readonly due: string | null }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      if (a.item.due && b.item.due)
        return a.item.due.localeCompare(b.item.due) || a.index - b.index;
      if (a.item.due) return -1;
      if (b.item.due) return 1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
