import type { CaseEvent, CaseLevelName, EnforcementCase, Scorecard } from '@franscore/domain';
import { PdfContent, PdfDocument } from '../reports/pdf-document';

const TITLE: Record<EnforcementCase['level'], string> = {
  warning: 'Notice of default: warning',
  final_warning: 'Notice of default: final warning',
  closure_review: 'Notice of closure review',
};
const day = (iso: string) => iso.slice(0, 10);
const figure = (n: number | null) => (n === null ? '—' : n.toFixed(1));

/**
 * The history entry that set the case at `level`: the latest move into it. An upheld appeal that steps a case
 * back only revokes the higher level, so the reason of the move that first reached this level still stands.
 */
export function levelSetBy(history: CaseEvent[], level: CaseLevelName): CaseEvent | null {
  return [...history].reverse().find((e) => e.toLevel === level && e.fromLevel !== level && e.action !== 'appeal_upheld') ?? null;
}

/** Who set the level, as a franchisee reads it. */
const setter = (e: CaseEvent) => (e.actorLabel === 'rule' ? 'rule of the scoring policy' : e.actorLabel);

function facts(c: EnforcementCase, set: CaseEvent | null, card: Scorecard | null): PdfContent[] {
  const when = `Case opened ${day(c.openedAt)}${set ? `; this level set ${day(set.at)} by ${setter(set)}` : ''}.`;
  if (!card) return [when, 'No scorecard was recorded with this level: it rests on the written reason above.'];
  return [
    when,
    `Scorecard ${card.period} (policy v${card.policyVersion}, as of ${day(card.asOf)}): overall ${figure(card.overall)}, band ${card.band ?? '—'}.`,
    ...Object.entries(card.explanation.components).map(([name, comp]) => `${name}: ${comp.score === null ? `absent (${comp.absentReason})` : comp.score.toFixed(1)}`),
    ...(card.explanation.overrideReason ? [`Band raised: ${card.explanation.overrideReason}.`] : []),
  ];
}

/**
 * The notice a franchisee receives at each level: why the level was set, the scorecard behind it, the deadlines,
 * what is expected and how to respond. Later comments (plan reviews, appeals, recommendations) are not its reason.
 */
export function noticeReport(c: EnforcementCase, card: Scorecard | null, generatedAt: Date): PdfDocument {
  const set = levelSetBy(c.history, c.level);
  return {
    info: { title: `${TITLE[c.level]} ${c.locationCode}`, subject: 'Franscore notice' },
    content: [
      { text: TITLE[c.level], style: 'title' },
      { text: `${c.franchiseeName} · ${c.locationCode} ${c.locationName} · ${c.regionName} · issued ${day(generatedAt.toISOString())}`, style: 'subtitle' },
      { text: 'Why', style: 'h2' },
      { text: set ? `${set.reason} (${setter(set)}, ${day(set.at)})` : 'No reason was recorded for this level.' },
      { text: 'The facts', style: 'h2' },
      { ul: facts(c, set, card) },
      { text: 'What is expected', style: 'h2' },
      {
        ul: [
          `A corrective-action plan (actions, owners, due dates) by ${day(c.capDeadline)}.`,
          `Complaint handling back in the good or watch band on a finalized scorecard after the cure deadline of ${day(c.cureDeadline)}.`,
          c.level === 'closure_review' ? 'The regional manager will recommend and head office will decide on closure, extension or dismissal.' : 'If the location still fails after the cure period, the case escalates.',
        ],
      },
      { text: 'How to respond', style: 'h2' },
      { ul: ['Submit the plan from the case page in the Franscore portal.', 'You may appeal this level with your reasons from the same page; head office rules on appeals.'] },
    ],
    footer: (page, pages) => ({ text: `Franscore · case ${c.id} · page ${page} of ${pages}`, style: 'small', margin: [40, 10, 40, 0] }),
  };
}
