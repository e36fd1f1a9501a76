import { AppError, ErrorDetail } from '../errors/app-error';

export const orderVolumeErrors = {
  /** Every bad line of a CSV, named by line and column; nothing of the file is written. */
  importRejected: (details: ErrorDetail[]) =>
    new AppError('order_volume.import_rejected', 'invalid', `Import rejected: ${details.length} problem(s); nothing was imported`, details),
  /** Every bad row of a batch, named by position and field (`rows.3.locationCode`); nothing of the batch is written. */
  batchRejected: (details: ErrorDetail[]) =>
    new AppError('order_volume.batch_rejected', 'invalid', `Batch rejected: ${details.length} problem(s); nothing was written`, details),
  locationNotFound: () => new AppError('location.not_found', 'not_found', 'Location not found'),
};
