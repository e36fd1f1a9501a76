import { AppError } from '../errors/app-error';

export const enforcementErrors = {
  caseNotFound: () => new AppError('case.not_found', 'not_found', 'Enforcement case not found'),
  locationNotFound: () => new AppError('location.not_found', 'not_found', 'Location not found'),
  caseEnded: () => new AppError('case.ended', 'conflict', 'The case has ended'),
  alreadyOpen: () => new AppError('case.already_open', 'conflict', 'The location already has an open case'),
  wrongLevel: (need: string) => new AppError('case.wrong_level', 'conflict', `Only a case at ${need} allows this`),
  topLevel: () => new AppError('case.top_level', 'conflict', 'A closure review cannot be escalated further; the admin decides it'),
  planNotFound: () => new AppError('cap.not_found', 'not_found', 'Corrective-action plan not found'),
  planNotSubmitted: () => new AppError('cap.not_submitted', 'conflict', 'Only a submitted plan can be reviewed'),
  planPending: () => new AppError('cap.pending', 'conflict', 'A plan is already waiting for review'),
  actionNotFound: () => new AppError('cap.action_not_found', 'not_found', 'Action not found'),
  actionDone: () => new AppError('cap.action_done', 'conflict', 'The action is already done'),
  planNotAccepted: () => new AppError('cap.not_accepted', 'conflict', 'Actions are marked done on an accepted plan'),
  appealPending: () => new AppError('appeal.pending', 'conflict', 'An appeal of this case is already pending'),
  appealNotFound: () => new AppError('appeal.not_found', 'not_found', 'No pending appeal'),
  noRecommendation: () => new AppError('case.no_recommendation', 'conflict', 'The regional manager has not recommended yet'),
};
