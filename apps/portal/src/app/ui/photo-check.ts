/** What the API takes for a photo (an audit finding's, a customer's with a complaint): 400 or 413 otherwise. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type PhotoProblem = 'type' | 'size' | 'empty';

/**
 * Checked before upload so a tablet or phone on a weak connection does not send 20 MB
 * to hear "too large". The server checks the bytes again; this is only a courtesy.
 */
export function photoProblem(file: {
  readonly type: string;
  readonly size: number;
}): PhotoProblem | null {
  if (file.size === 0) return 'empty';
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > MAX_PHOTO_BYTES) return 'size';
  return null;
}
