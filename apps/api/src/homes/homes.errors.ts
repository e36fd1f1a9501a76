import { AppError } from '../errors/app-error';

export const homeErrors = {
  regionNotFound: () => new AppError('region.not_found', 'not_found', 'Region not found'),
};
