import { AppError } from '../errors/app-error';

export const playbookErrors = {
  notFound: () => new AppError('playbook.not_found', 'not_found', 'Playbook not found'),
  noMatch: () => new AppError('playbook.no_match', 'not_found', 'No published playbook serves this category and severity'),
  published: () => new AppError('playbook.published', 'conflict', 'A published playbook cannot change; start a new draft from it'),
  /** Head office's range is the rule; stepping outside it takes a written reason, kept with the event. */
  compensationOutOfRange: (prefix: string, field: string, message: string) =>
    new AppError('complaint.compensation_out_of_range', 'invalid', `Compensation outside the playbook (${message}): give a reason`, [
      { field: `${prefix}${field}`, message },
      { field: `${prefix}reason`, message: 'required when the compensation is outside the playbook' },
    ]),
};
