import type { Review } from '@franscore/domain';
import { PdfContent, PdfDocument } from '../reports/pdf-document';

/** The summary of a finished (or running) regional review: every location, its score, trend, case and decision. */
export function reviewReport(r: Review, generatedAt: Date): PdfDocument {
  const body: PdfContent[][] = [
    ['Location', 'Overall', 'Band', 'Trend', 'Open case', 'Decision', 'Notes'].map((h) => ({ text: h, style: 'th' })),
    ...r.locations.map((l): PdfContent[] => [
      `${l.locationCode}\n${l.locationName}`,
      l.overall === null ? '—' : l.overall.toFixed(1),
      { text: l.band ? `${l.band}${l.provisional ? ' (prov.)' : ''}` : '—', style: l.band ? `band_${l.band}` : 'small' },
      l.trend.map((t) => (t.overall === null ? '—' : t.overall.toFixed(0))).join(' → '),
      l.openCase ? `${l.openCase.level.replace('_', ' ')} until ${l.openCase.cureDeadline.slice(0, 10)}` : '—',
      l.decision?.decision.replace('_', ' ') ?? 'not decided',
      l.decision?.notes ?? '',
    ]),
  ];
  const decided = r.locations.filter((l) => l.decision).length;
  return {
    info: { title: `Review ${r.regionName} ${r.period}`, subject: 'Franscore regional review' },
    content: [
      { text: `Regional review · ${r.regionName} · ${r.period}`, style: 'title' },
      { text: `${r.managerLabel} · opened ${r.createdAt.slice(0, 10)} · ${r.status === 'finished' ? `finished ${r.finishedAt?.slice(0, 10)}` : 'in progress'} · ${decided} of ${r.locations.length} decided`, style: 'subtitle' },
      { table: { headerRows: 1, widths: [90, 40, 55, 70, 80, 60, '*'], body }, layout: 'lightHorizontalLines' },
    ],
    footer: (page, pages) => ({ text: `Franscore · generated ${generatedAt.toISOString()} · page ${page} of ${pages}`, style: 'small', margin: [40, 10, 40, 0] }),
  };
}
