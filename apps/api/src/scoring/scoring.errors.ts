import { AppError } from '../errors/app-error';

export const scoringErrors = {
  policyNotFound: () => new AppError('policy.not_found', 'not_found', 'Policy not found'),
  policyPublished: () => new AppError('policy.published', 'conflict', 'A published policy cannot change; copy it into a new draft'),
  scorecardNotFound: () => new AppError('scorecard.not_found', 'not_found', 'Scorecard not found'),
  jobNotFound: () => new AppError('job.not_found', 'not_found', 'Job not found'),
  noPolicy: () => new AppError('policy.none', 'conflict', 'No published policy is in force'),
  alreadyFinalized: () => new AppError('scorecard.finalized', 'conflict', 'This scorecard is already finalized'),
  outdated: () => new AppError('scorecard.outdated', 'conflict', 'A scorecard computed later is official for this location and period; finalize a newer one'),
};
