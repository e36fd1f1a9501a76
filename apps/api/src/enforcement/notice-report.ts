import type { EnforcementCase, Scorecard } from '@franscore/domain';
import { PdfContent, PdfDocument } from '../reports/pdf-document';

const TITLE: Record<EnforcementCase['level'], string> = {
  warning: 'Notice of default: warning',
  final_warning: 'Notice of default: final warning',
  closure_review: 'Notice of closure review',
};
const day = (iso: string) => iso.slice(0, 10);

/** The notice a franchisee receives at each level: the facts, the deadlines, what is expected, how to respond. */
export function noticeReport(c: EnforcementCase, card: Scorecard | null, generatedAt: Date): PdfDocument {
  const facts: PdfContent[] = card
    ? [
        `Scorecard ${card.period} (policy v${card.policyVersion}, as of ${card.asOf}): overall ${card.overall ?? '—'}, band ${card.band ?? '—'}.`,
        ...Object.entries(card.explanation.components).map(([name, comp]) => `${name}: ${comp.score === null ? `absent (${comp.absentReason})` : comp.score.toFixed(1)}`),
        ...(card.explanation.overrideReason ? [`Band raised: ${card.explanation.overrideReason}.`] : []),
      ]
    : ['This level was set by a person; the reason is recorded below.'];
  const last = c.history[c.history.length - 1];
  return {
    info: { title: `${TITLE[c.level]} ${c.locationCode}`, subject: 'Franscore notice' },
    content: [
      { text: TITLE[c.level], style: 'title' },
      { text: `${c.franchiseeName} · ${c.locationCode} ${c.locationName} · ${c.regionName} · issued ${day(generatedAt.toISOString())}`, style: 'subtitle' },
      { text: 'Why', style: 'h2' },
      { text: last ? `${last.reason} (${last.actorLabel === 'rule' ? 'rule of the scoring policy' : last.actorLabel}, ${day(last.at)})` : '' },
      { text: 'The facts', style: 'h2' },
      { ul: facts },
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
