import { COMPONENT_NAMES, Role, Scorecard, ScorecardStanding } from '@franscore/domain';
import { formatFigure } from '../ui/money';
import { pluralKey } from '../ui/plural';

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

/** How a component was counted, as a translation key (plural form chosen) and its parameters in the viewer's language. */
export interface CountedText {
  readonly key: string;
  readonly params: Record<string, string>;
}

/**
 * In words, never "675 / 8": the weighted on-time share for the SLA components,
 * the ratings for recovery, "mean of 8 audited cases" for protocol, the rate
 * per 1,000 orders for volume; numbers in the viewer's language, plural forms
 * by the counted number.
 */
export function countedText(row: ComponentRow, language: string): CountedText {
  const fig = (n: number) => formatFigure(n, language);
  switch (row.name) {
    case 'responsiveness':
    case 'resolution':
      return {
        key: `scorecards.counted.${row.name}`,
        params: { onTime: fig(row.numerator), decided: fig(row.denominator) },
      };
    case 'recovery':
      return {
        key: pluralKey('scorecards.counted.recovery', row.denominator, language),
        params: { positive: fig(row.numerator), count: fig(row.denominator) },
      };
    case 'protocol':
      return {
        key: pluralKey('scorecards.counted.protocol', row.denominator, language),
        params: { count: fig(row.denominator) },
      };
    case 'volume': {
      const rate = row.denominator > 0 ? (1000 * row.numerator) / row.denominator : 0;
      return {
        key: pluralKey('scorecards.counted.volume', Number(rate.toFixed(2)), language),
        params: { rate: fig(rate), complaints: fig(row.numerator), orders: fig(row.denominator) },
      };
    }
  }
}

/** A breach's link text: the complaint's reference, or (on a card the server could not resolve) the id's first block. */
export function breachLabel(card: Scorecard, complaintId: string): string {
  return card.complaintReferences?.[complaintId] ?? shortId(complaintId);
}
