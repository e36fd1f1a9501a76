import { ErrorBody, ErrorBodySchema } from '@franscore/domain';

/**
 * A failed API call, whatever failed: the server's error body when it sent one,
 * status 0 when the server was not reached or answered something unreadable.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.message ?? (status ? `HTTP ${status}` : 'API unreachable or unreadable'));
    this.name = 'ApiError';
  }
}

/** Accepts Angular's HttpErrorResponse (status + error body) without depending on Angular. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
  ) {
    const parsed = ErrorBodySchema.safeParse('error' in error ? error.error : undefined);
    return new ApiError(error.status, parsed.success ? parsed.data : null);
  }
  return new ApiError(0, null);
}

/** The translation key of a message that tells the user what happened in words they can act on. */
export function errorMessageKey(error: ApiError): string {
  if (error.status === 0) return 'errors.network';
  if (error.status === 403) return 'errors.forbidden';
  if (error.status >= 500) return 'errors.server';
  return 'errors.unexpected';
}
