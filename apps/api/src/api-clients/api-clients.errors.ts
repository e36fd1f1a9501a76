import { AppError } from '../errors/app-error';

export const apiClientErrors = {
  /** The same answer for a missing, unknown or revoked token: a caller learns nothing about which. */
  unauthenticated: () => new AppError('api_client.unauthenticated', 'unauthenticated', 'A valid API client token is required (Authorization: Bearer <token>)'),
  otherLocation: () =>
    new AppError('api_client.other_location', 'forbidden', 'This token files complaints only for its own location', [{ field: 'locationCode', message: 'not this token\'s location' }]),
  cannotFile: () => new AppError('api_client.cannot_file_complaints', 'forbidden', 'This token cannot file complaints'),
  cannotSendVolumes: () => new AppError('api_client.cannot_send_volumes', 'forbidden', 'Only a point-of-sale token sends order volumes'),
  /** Unknown, suspended or closed: a partner names the location in the body, so the answer names that field. */
  locationClosed: () =>
    new AppError('api_client.location_unavailable', 'invalid', 'Invalid locationCode', [{ field: 'locationCode', message: 'no location with this code takes complaints' }]),
  locationRequired: () => new AppError('api_client.location_required', 'invalid', 'Invalid locationCode', [{ field: 'locationCode', message: 'required for a partner' }]),
  notFound: () => new AppError('api_client.not_found', 'not_found', 'API client not found'),
  locationNotFound: () => new AppError('location.not_found', 'not_found', 'Location not found', [{ field: 'locationId', message: 'no such location' }]),
  alreadyRevoked: () => new AppError('api_client.revoked', 'conflict', 'This API client was already revoked'),
};
