import { AppError } from '../errors/app-error';

export const complaintErrors = {
  notFound: () => new AppError('complaint.not_found', 'not_found', 'Complaint not found'),
  locationNotFound: () => new AppError('location.not_found', 'not_found', 'Location not found'),
  /** The reason travels as text and as a stable code (`details[0].message`) the portal can translate. */
  impossibleStep: (type: string, reason: string) =>
    new AppError('complaint.impossible_step', 'conflict', `Cannot record ${type}: ${reason}`, [{ field: 'type', message: reason.replace(/[^a-z]+/gi, '_').replace(/^_|_$/g, '').toLowerCase() }]),
  honeypot: () =>
    new AppError('complaint.honeypot', 'invalid', 'Invalid website', [{ field: 'website', message: 'must be left empty' }]),
  idempotencyKey: (message: string) =>
    new AppError('complaint.idempotency_key', 'invalid', 'Invalid Idempotency-Key header', [{ field: 'Idempotency-Key', message }]),
  idempotencyConflict: () =>
    new AppError('complaint.idempotency_conflict', 'conflict', 'This Idempotency-Key was already used for a different complaint', [
      { field: 'Idempotency-Key', message: 'already used with a different body' },
    ]),
  visitedInFuture: () => new AppError('complaint.visited_in_future', 'invalid', 'Invalid visitedAt', [{ field: 'visitedAt', message: 'must not be in the future' }]),
  statusNotFound: () => new AppError('complaint.status_not_found', 'not_found', 'No complaint for this link'),
  importRejected: (details: Array<{ field: string; message: string }>) =>
    new AppError('complaint.import_rejected', 'invalid', `Import rejected: ${details.length} problem(s); nothing was imported`, details),
};
