import { COMPONENT_NAMES, Role, Scorecard, ScorecardStanding } from '@franscore/domain';

export type ComponentName = (typeof COMPONENT_NAMES)[number];

export interface ComponentRow {
  readonly name: ComponentName;
  readonly score: number | null;
  readonly weight: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly sample: number;
  readonly minimum: number;
  /** The server's words for why the component is absent; the page says it in the user's language from sample and minimum. */
  readonly absentReason: string | null;
}

/** The components in DOMAIN.md's order, whatever order the explanation's record has. */
export function componentRows(card: Scorecard): ComponentRow[] {
  return COMPONENT_NAMES.flatMap((name) => {
    const component = card.explanation.components[name];
    return component ? [{ name, ...component }] : [];
  });
}

export type BreachKind = 'acknowledge' | 'resolve' | 'criticalResolve';
export const BREACH_KINDS = [
  'acknowledge',
  'resolve',
  'criticalResolve',
] as const satisfies readonly BreachKind[];

export interface BreachGroup {
  readonly kind: BreachKind;
  /** Complaint ids, each a link to /complaints/:id. */
  readonly complaintIds: readonly string[];
}

export function breachGroups(card: Scorecard): BreachGroup[] {
  return BREACH_KINDS.map((kind) => ({ kind, complaintIds: card.explanation.breaches[kind] }));
}

/** A complaint id is long; its first block is enough to tell the links apart. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

/**
 * Whether to offer finalizing a card: to auditors and admins, on the card that
 * stands not final or on a revision. The server refuses a card older than the
 * official one, so a superseded card gets no button.
 */
export function finalizable(
  role: Role | undefined,
  standing: ScorecardStanding | undefined,
): boolean {
  return (
    (role === 'auditor' || role === 'admin') &&
    (standing === 'not_final' || standing === 'revision')
  );
}
