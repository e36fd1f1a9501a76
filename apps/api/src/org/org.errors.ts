import { AppError, ErrorDetail } from '../errors/app-error';

export const orgErrors = {
  regionNotFound: () => new AppError('region.not_found', 'not_found', 'Region not found'),
  franchiseeNotFound: () => new AppError('franchisee.not_found', 'not_found', 'Franchisee not found'),
  locationNotFound: () => new AppError('location.not_found', 'not_found', 'Location not found'),
  userNotFound: () => new AppError('user.not_found', 'not_found', 'User not found'),
  invalid: (details: ErrorDetail[]) =>
    new AppError('org.invalid', 'invalid', `Invalid ${details.map((d) => d.field).join(', ')}`, details),
  importRejected: (details: ErrorDetail[]) =>
    new AppError('location.import_rejected', 'invalid', `Import rejected: ${details.length} problem(s); nothing was imported`, details),
};
