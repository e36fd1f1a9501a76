/** How an error answers over HTTP; the one exception filter maps each kind to a status. */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'too_many';

export interface ErrorDetail {
  field: string;
  message: string;
}

/** A domain error with a stable code such as `location.not_found`. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }
}

export function notFound(entity: string): AppError {
  return new AppError(`${entity}.not_found`, 'not_found', `${entity} not found`);
}
