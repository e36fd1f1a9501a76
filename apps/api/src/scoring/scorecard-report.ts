import { COMPONENT_NAMES } from '@franscore/domain';
import type { ComponentExplanation, ReportLanguage, Scorecard } from '@franscore/domain';
import { PdfContent, PdfDocument } from '../reports/pdf-document';
import { ReportWording } from '../reports/report-wording';

type ComponentName = (typeof COMPONENT_NAMES)[number];

interface Words {
  subject: string;
  standing: Record<Scorecard['standing'], string>;
  label: Record<ComponentName, string>;
  /** How a component was counted, in words: "13 of 16 ...", "mean of 8 audited cases". */
  counted: (name: ComponentName, c: ComponentExplanation, w: ReportWording) => string;
  absent: (c: ComponentExplanation, w: ReportWording) => string;
  head: { component: string; weight: string; counted: string; score: string };
  subtitle: (s: Scorecard, w: ReportWording) => string;
  overall: string;
  band: string;
  components: string;
  how: string;
  eligible: (s: Scorecard, w: ReportWording) => string;
  unrounded: (s: Scorecard, w: ReportWording) => string;
  raised: (s: Scorecard, w: ReportWording) => string;
  provisional: string;
  revision: (s: Scorecard, w: ReportWording) => string;
  breaches: string;
  breachKinds: Record<keyof Scorecard['explanation']['breaches'], string>;
  customers: string;
  customerLine: (s: Scorecard, w: ReportWording) => string[];
  footer: (at: Date, page: number, pages: number, w: ReportWording) => string;
}

const complaintsEn = (n: number, w: ReportWording) => `${w.number(n)} ${w.plural(n, { one: 'complaint', other: 'complaints' })}`;
const complaintsRu = (n: number, w: ReportWording) => `${w.number(n)} ${w.plural(n, { one: 'жалоба', few: 'жалобы', many: 'жалоб', other: 'жалобы' })}`;

const EN: Words = {
  subject: 'Franscore scorecard',
  standing: {
    official: 'Official card (finalized)',
    revision: 'Revision pending: not the official card',
    not_final: 'Not final: no card of this period is finalized yet',
    superseded: 'Superseded: not the card that stands for this period',
  },
  label: {
    responsiveness: 'Responsiveness (acknowledged within target)',
    resolution: 'Resolution (resolved within target)',
    recovery: 'Recovery (follow-up ratings of 4 or 5)',
    protocol: 'Protocol (LATTE audit cases)',
    volume: 'Volume (complaints per 1,000 orders)',
  },
  counted: (name, c, w) => {
    switch (name) {
      case 'responsiveness':
        return `${w.figure(c.numerator)} of ${w.figure(c.denominator)} severity-weighted decided complaints acknowledged within target`;
      case 'resolution':
        return `${w.figure(c.numerator)} of ${w.figure(c.denominator)} severity-weighted decided complaints resolved within target`;
      case 'recovery':
        return `${w.number(c.numerator)} of ${w.number(c.denominator)} follow-up ${w.plural(c.denominator, { one: 'rating', other: 'ratings' })} were 4 or 5`;
      case 'protocol':
        return `mean of ${w.number(c.denominator)} audited ${w.plural(c.denominator, { one: 'case', other: 'cases' })}`;
      case 'volume':
        return `${complaintsEn(c.numerator, w)} for ${w.number(c.denominator)} ${w.plural(c.denominator, { one: 'order', other: 'orders' })}${c.denominator > 0 ? ` (${w.number((1000 * c.numerator) / c.denominator, 2)} per 1,000)` : ''}`;
    }
  },
  absent: (c, w) => `absent: a sample of ${w.number(c.sample)}, fewer than the ${w.number(c.minimum)} required`,
  head: { component: 'Component', weight: 'Weight', counted: 'How it was counted', score: 'Score' },
  subtitle: (s, w) => `${s.franchiseeName} · ${s.regionName} · period ${w.period(s.period)} · policy v${s.policyVersion} · as of ${w.dateTime(s.asOf)}`,
  overall: 'Overall',
  band: 'Band',
  components: 'Components',
  how: 'How this score was reached',
  eligible: (s, w) => `Eligible complaints: ${w.number(s.explanation.eligible)}; struck out by upheld disputes: ${w.number(s.explanation.excludedByDispute)}.`,
  unrounded: (s, w) => `Overall before rounding: ${w.number(s.explanation.overallUnrounded, 4)}; shown rounded half away from zero.`,
  raised: (s, w) => `Band raised from ${w.band(s.explanation.bandBeforeOverride)} to ${w.band(s.band)}: a critical complaint breached the resolve target.`,
  provisional: 'Provisional: fewer eligible complaints than the policy minimum. Shown, never enforced.',
  revision: (s, w) => `A revision computed as of ${w.dateTime(s.revision?.asOf ?? s.asOf)} (overall ${w.number(s.revision?.overall ?? null, 1)}, band ${w.band(s.revision?.band ?? null)}) awaits finalization.`,
  breaches: 'Breaches behind the score',
  breachKinds: { acknowledge: 'Acknowledge target missed', resolve: 'Resolve target missed', criticalResolve: 'Critical complaints past the resolve target' },
  customers: 'Customers and revenue at risk (not part of the score)',
  customerLine: (s, w) => {
    const m = s.moneyAtRisk;
    if (!m) return ['Not recorded for this card (computed before customers were counted).'];
    return [
      `Recovered: ${w.number(m.recovered)}; lost: ${w.number(m.lost)}; unknown: ${w.number(m.unknown)}.`,
      `Revenue at risk: ${w.money(m.revenueAtRisk, m.currency)} (lost × (1 + word-of-mouth multiplier) × customer lifetime value).`,
    ];
  },
  footer: (at, page, pages, w) => `Franscore · generated ${w.dateTime(at)} · page ${page} of ${pages}`,
};

const RU: Words = {
  subject: 'Оценка Franscore',
  standing: {
    official: 'Официальная оценка (утверждена)',
    revision: 'Пересчёт ожидает утверждения: не официальная оценка',
    not_final: 'Не окончательная: оценка за этот период ещё не утверждена',
    superseded: 'Заменена: не та оценка, что действует за этот период',
  },
  label: {
    responsiveness: 'Отклик (подтверждено в срок)',
    resolution: 'Решение (решено в срок)',
    recovery: 'Восстановление (оценки клиентов 4 или 5)',
    protocol: 'Протокол (случаи аудита LATTE)',
    volume: 'Объём (жалобы на 1000 заказов)',
  },
  counted: (name, c, w) => {
    switch (name) {
      case 'responsiveness':
        return `${w.figure(c.numerator)} из ${w.figure(c.denominator)} (с весом по тяжести) рассмотренных жалоб подтверждены в срок`;
      case 'resolution':
        return `${w.figure(c.numerator)} из ${w.figure(c.denominator)} (с весом по тяжести) рассмотренных жалоб решены в срок`;
      case 'recovery':
        return `${w.number(c.numerator)} из ${w.number(c.denominator)} ${w.plural(c.denominator, { one: 'оценки', few: 'оценок', many: 'оценок', other: 'оценки' })} клиентов — 4 или 5`;
      case 'protocol':
        return `среднее по ${w.number(c.denominator)} ${w.plural(c.denominator, { one: 'проверенному случаю', few: 'проверенным случаям', many: 'проверенным случаям', other: 'проверенного случая' })}`;
      case 'volume':
        return `${complaintsRu(c.numerator, w)} на ${w.number(c.denominator)} ${w.plural(c.denominator, { one: 'заказ', few: 'заказа', many: 'заказов', other: 'заказа' })}${c.denominator > 0 ? ` (${w.number((1000 * c.numerator) / c.denominator, 2)} на 1000)` : ''}`;
    }
  },
  absent: (c, w) => `нет оценки: выборка ${w.number(c.sample)}, требуется не менее ${w.number(c.minimum)}`,
  head: { component: 'Показатель', weight: 'Вес', counted: 'Как посчитано', score: 'Балл' },
  subtitle: (s, w) => `${s.franchiseeName} · ${s.regionName} · период ${w.period(s.period)} · политика v${s.policyVersion} · на ${w.dateTime(s.asOf)}`,
  overall: 'Итог',
  band: 'Уровень',
  components: 'Показатели',
  how: 'Как получена оценка',
  eligible: (s, w) => `Учтённых жалоб: ${w.number(s.explanation.eligible)}; исключено по удовлетворённым спорам: ${w.number(s.explanation.excludedByDispute)}.`,
  unrounded: (s, w) => `Итог до округления: ${w.number(s.explanation.overallUnrounded, 4)}; показан с округлением половины от нуля.`,
  raised: (s, w) => `Уровень повышен с «${w.band(s.explanation.bandBeforeOverride)}» до «${w.band(s.band)}»: критическая жалоба нарушила срок решения.`,
  provisional: 'Предварительная: учтённых жалоб меньше минимума политики. Показывается, но не ведёт к мерам.',
  revision: (s, w) => `Пересчёт на ${w.dateTime(s.revision?.asOf ?? s.asOf)} (итог ${w.number(s.revision?.overall ?? null, 1)}, уровень «${w.band(s.revision?.band ?? null)}») ожидает утверждения.`,
  breaches: 'Нарушения за оценкой',
  breachKinds: { acknowledge: 'Нарушен срок подтверждения', resolve: 'Нарушен срок решения', criticalResolve: 'Критические жалобы с нарушенным сроком решения' },
  customers: 'Клиенты и выручка под угрозой (не входят в оценку)',
  customerLine: (s, w) => {
    const m = s.moneyAtRisk;
    if (!m) return ['Не записано для этой оценки (посчитана до учёта клиентов).'];
    return [
      `Возвращены: ${w.number(m.recovered)}; потеряны: ${w.number(m.lost)}; неизвестно: ${w.number(m.unknown)}.`,
      `Выручка под угрозой: ${w.money(m.revenueAtRisk, m.currency)} (потерянные × (1 + множитель сарафанного радио) × ценность клиента за время жизни).`,
    ];
  },
  footer: (at, page, pages, w) => `Franscore · создано ${w.dateTime(at)} · страница ${page} из ${pages}`,
};

export const SCORECARD_WORDS: Record<ReportLanguage, Words> = { en: EN, ru: RU };

/** The references of a breach group: people read complaint references, not ids. */
function references(s: Scorecard, ids: string[]): string {
  return ids.map((id) => s.complaintReferences?.[id] ?? id).join(', ');
}

/** A scorecard as a one-page report, in English or Russian: the figures and every reason behind them. */
export function scorecardReport(s: Scorecard, generatedAt: Date, language: ReportLanguage = 'en'): PdfDocument {
  const t = SCORECARD_WORDS[language];
  const w = new ReportWording(language);
  const e = s.explanation;
  const rows: PdfContent[][] = [
    [{ text: t.head.component, style: 'th' }, { text: t.head.weight, style: 'th' }, { text: t.head.counted, style: 'th' }, { text: t.head.score, style: 'th' }],
    ...COMPONENT_NAMES.map((name): PdfContent[] => {
      const c = e.components[name];
      return [t.label[name], w.figure(c.weight), c.score === null ? { text: t.absent(c, w), style: 'small' } : t.counted(name, c, w), w.number(c.score, 1)];
    }),
  ];
  const notes: PdfContent[] = [t.eligible(s, w), t.unrounded(s, w)];
  if (e.overrideReason) notes.push(t.raised(s, w));
  if (s.provisional) notes.push(t.provisional);
  if (s.revision) notes.push(t.revision(s, w));
  const breachKinds = ['acknowledge', 'resolve', 'criticalResolve'] as const;
  return {
    info: { title: `${t.subject} ${s.locationCode} ${s.period}`, subject: t.subject },
    content: [
      { text: `${s.locationCode} · ${s.locationName}`, style: 'title' },
      { text: t.subtitle(s, w), style: 'subtitle' },
      {
        columns: [
          { text: [{ text: `${t.overall}  `, bold: true }, { text: w.number(s.overall, 1), fontSize: 22, bold: true }] },
          { text: [{ text: `${t.band}  `, bold: true }, { text: w.band(s.band), style: s.band ? `band_${s.band}` : 'small', fontSize: 16 }] },
          { text: t.standing[s.standing], style: 'small' },
        ],
      },
      { text: t.components, style: 'h2' },
      { table: { headerRows: 1, widths: ['*', 40, 190, 40], body: rows }, layout: 'lightHorizontalLines' },
      { text: t.how, style: 'h2' },
      { ul: notes },
      { text: t.breaches, style: 'h2' },
      { ul: breachKinds.map((k) => `${t.breachKinds[k]}: ${w.number(e.breaches[k].length)}${e.breaches[k].length ? ` (${references(s, e.breaches[k])})` : ''}`) },
      { text: t.customers, style: 'h2' },
      { ul: t.customerLine(s, w) },
    ],
    footer: (page, pages) => ({ text: t.footer(generatedAt, page, pages, w), style: 'small', margin: [40, 10, 40, 0] }),
  };
}
