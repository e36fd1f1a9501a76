import { COMPONENT_NAMES } from '@franscore/domain';
import type { Scorecard } from '@franscore/domain';
import { PdfContent, PdfDocument } from '../reports/pdf-document';

const fmt = (n: number | null, digits = 1) => (n === null ? '—' : n.toFixed(digits));
/** Where the card stands, in DOMAIN.md's words: a reader of the paper must not take a revision for the official card. */
const STANDING: Record<Scorecard['standing'], string> = {
  official: 'Official card (finalized)',
  revision: 'Revision pending: not the official card',
  not_final: 'Not final: no card of this period is finalized yet',
  superseded: 'Superseded: not the card that stands for this period',
};
const LABEL: Record<(typeof COMPONENT_NAMES)[number], string> = {
  responsiveness: 'Responsiveness (acknowledged within target)',
  resolution: 'Resolution (resolved within target)',
  recovery: 'Recovery (follow-up ratings of 4 or 5)',
  protocol: 'Protocol (LATTE audit cases)',
  volume: 'Volume (complaints per 1,000 orders)',
};

/** A scorecard as a one-page report: the figures and every reason behind them. */
export function scorecardReport(s: Scorecard, generatedAt: Date): PdfDocument {
  const e = s.explanation;
  const rows: PdfContent[][] = [
    [{ text: 'Component', style: 'th' }, { text: 'Weight', style: 'th' }, { text: 'Numerator / denominator', style: 'th' }, { text: 'Score', style: 'th' }],
    ...COMPONENT_NAMES.map((name): PdfContent[] => {
      const c = e.components[name];
      return [
        LABEL[name],
        fmt(c.weight, 2),
        c.score === null ? { text: c.absentReason ?? 'absent', style: 'small' } : `${fmt(c.numerator, 2)} / ${fmt(c.denominator, 2)} (sample ${c.sample})`,
        fmt(c.score),
      ];
    }),
  ];
  const notes: PdfContent[] = [
    `Eligible complaints: ${e.eligible}; struck out by upheld disputes: ${e.excludedByDispute}.`,
    `Overall before rounding: ${fmt(e.overallUnrounded, 4)}; shown rounded half away from zero.`,
  ];
  if (e.overrideReason) notes.push(`Band raised from ${e.bandBeforeOverride} to ${s.band}: ${e.overrideReason}.`);
  if (s.provisional) notes.push('Provisional: fewer eligible complaints than the policy minimum. Shown, never enforced.');
  if (s.revision) notes.push(`A revision computed as of ${s.revision.asOf} (overall ${fmt(s.revision.overall)}, band ${s.revision.band ?? 'none'}) awaits finalization.`);
  return {
    info: { title: `Scorecard ${s.locationCode} ${s.period}`, subject: 'Franscore scorecard' },
    content: [
      { text: `${s.locationCode} · ${s.locationName}`, style: 'title' },
      { text: `${s.franchiseeName} · ${s.regionName} · period ${s.period} · policy v${s.policyVersion} · as of ${s.asOf}`, style: 'subtitle' },
      {
        columns: [
          { text: [{ text: 'Overall  ', bold: true }, { text: fmt(s.overall), fontSize: 22, bold: true }] },
          { text: [{ text: 'Band  ', bold: true }, { text: s.band ?? 'none', style: s.band ? `band_${s.band}` : 'small', fontSize: 16 }] },
          { text: STANDING[s.standing], style: 'small' },
        ],
      },
      { text: 'Components', style: 'h2' },
      { table: { headerRows: 1, widths: ['*', 45, 150, 40], body: rows }, layout: 'lightHorizontalLines' },
      { text: 'How this score was reached', style: 'h2' },
      { ul: notes },
      { text: 'Breaches behind the score', style: 'h2' },
      {
        ul: [
          `Acknowledge target missed: ${e.breaches.acknowledge.length}`,
          `Resolve target missed: ${e.breaches.resolve.length}`,
          `Critical complaints past the resolve target: ${e.breaches.criticalResolve.length}`,
        ],
      },
    ],
    footer: (page, pages) => ({ text: `Franscore · generated ${generatedAt.toISOString()} · page ${page} of ${pages}`, style: 'small', margin: [40, 10, 40, 0] }),
  };
}
