import { AuditCase, CRITERIA, Criteria, Criterion } from '@franscore/domain';
import { caseScore } from '@franscore/scoring';

/** An answer in the form: 0, 1, 2, or not applicable. Unanswered is absent. */
export type CriterionChoice = 0 | 1 | 2 | 'na';
export const CRITERION_CHOICES = [0, 1, 2, 'na'] as const satisfies readonly CriterionChoice[];

/** The auditor's answers so far; a criterion not answered yet is missing. */
export type CriteriaDraft = Partial<Record<Criterion, CriterionChoice>>;

/** What the server has for a case, as form answers (an unscored case starts empty). */
export function draftFromCase(auditCase: Pick<AuditCase, 'criteria'>): CriteriaDraft {
  const draft: CriteriaDraft = {};
  if (!auditCase.criteria) return draft;
  for (const criterion of CRITERIA) {
    const value = auditCase.criteria[criterion];
    if (value === 0 || value === 1 || value === 2) draft[criterion] = value;
    else if (value === null) draft[criterion] = 'na';
  }
  return draft;
}

export function isComplete(draft: CriteriaDraft): boolean {
  return CRITERIA.every((criterion) => draft[criterion] !== undefined);
}

export function unanswered(draft: CriteriaDraft): Criterion[] {
  return CRITERIA.filter((criterion) => draft[criterion] === undefined);
}

/** The body's criteria for PUT /api/audits/{id}/cases/{caseId}: all seven, N/A as null; null until complete. */
export function toCriteria(draft: CriteriaDraft): Criteria | null {
  if (!isComplete(draft)) return null;
  const criteria = {} as Record<Criterion, 0 | 1 | 2 | null>;
  for (const criterion of CRITERIA) {
    const choice = draft[criterion];
    criteria[criterion] = choice === 'na' || choice === undefined ? null : choice;
  }
  return criteria;
}

/**
 * The case score as the auditor answers, with DOMAIN.md's formula from the
 * shared scoring library: over the criteria answered so far, N/A left out.
 * Null while nothing countable is answered.
 */
export function liveCaseScore(draft: CriteriaDraft): number | null {
  return caseScore(
    CRITERIA.flatMap((criterion) => {
      const choice = draft[criterion];
      if (choice === undefined) return [];
      return [choice === 'na' ? null : choice];
    }),
  );
}
