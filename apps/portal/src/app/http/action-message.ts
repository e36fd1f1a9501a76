import { ApiError } from './api-error';

/** A translation key and its parameters: what to tell the user. */
export interface Message {
  readonly key: string;
  readonly params: Record<string, string>;
}

/** Keys a screen knows better than the generic ones, per answer. */
export interface MessageKeys {
  /** 409: the action makes no sense in the record's state; without a key the server's reason is shown. */
  readonly conflict?: string;
  readonly notFound?: string;
  readonly tooLarge?: string;
}

/**
 * Why an action failed, for the person who tried it. The error body carries no
 * stable code (only status, text and field details), so the screen that knows
 * what a 409 means for its action passes the key; otherwise the server's words
 * are shown inside a translated sentence.
 */
export function actionMessage(error: ApiError, keys: MessageKeys = {}): Message {
  const reason = error.body?.message ?? '';
  switch (error.status) {
    case 0:
      return { key: 'errors.network', params: {} };
    case 400: {
      const details = error.body?.details?.map((d) => `${d.field}: ${d.message}`).join('; ');
      return { key: 'errors.invalid', params: { reason: details || reason } };
    }
    case 403:
      return { key: 'errors.notAllowed', params: {} };
    case 404:
      return { key: keys.notFound ?? 'errors.notFound', params: {} };
    case 409:
      return keys.conflict
        ? { key: keys.conflict, params: {} }
        : { key: 'errors.refused', params: { reason } };
    case 413:
      return { key: keys.tooLarge ?? 'errors.tooLarge', params: {} };
    default:
      return { key: error.status >= 500 ? 'errors.server' : 'errors.unexpected', params: {} };
  }
}
