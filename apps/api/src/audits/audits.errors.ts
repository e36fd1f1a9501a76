import { AppError } from '../errors/app-error';

export const auditErrors = {
  notFound: () => new AppError('audit.not_found', 'not_found', 'Audit not found'),
  caseNotFound: () => new AppError('audit.case_not_found', 'not_found', 'Case not found in this audit'),
  findingNotFound: () => new AppError('audit.finding_not_found', 'not_found', 'Finding not found in this audit'),
  photoNotFound: () => new AppError('audit.photo_not_found', 'not_found', 'Photo not found'),
  locationNotFound: () => new AppError('location.not_found', 'not_found', 'Location not found'),
  notDraft: (status: string) => new AppError('audit.not_draft', 'conflict', `The audit is ${status}; only a draft can change`),
  finalized: () => new AppError('audit.finalized', 'conflict', 'A finalized audit is read-only'),
  unscored: (n: number) => new AppError('audit.unscored', 'conflict', `${n} case(s) are not scored yet`),
  notSubmitted: () => new AppError('audit.not_submitted', 'conflict', 'Only a submitted audit can be finalized'),
  noCases: () => new AppError('audit.no_cases', 'conflict', 'No handled complaints in this period to audit'),
  photo: (message: string) => new AppError('audit.photo_invalid', 'invalid', `Invalid photo: ${message}`, [{ field: 'photo', message }]),
  photoTooLarge: () => new AppError('audit.photo_too_large', 'too_large', 'Photo larger than 5 MB', [{ field: 'photo', message: 'larger than 5 MB' }]),
};
