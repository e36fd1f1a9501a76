import { COMPONENT_NAMES } from '@franscore/domain';
import type { CaseEvent, CaseLevelName, EnforcementCase, ReportLanguage, Scorecard } from '@franscore/domain';
import { PdfContent, PdfDocument } from '../reports/pdf-document';
import { ReportWording } from '../reports/report-wording';
import { SCORECARD_WORDS } from '../scoring/scorecard-report';
import type { NoticeParties, NoticePerson } from './notice-parties.repository';

/**
 * The history entry that set the case at `level`: the latest move into it. An upheld appeal that steps a case
 * back only revokes the higher level, so the reason of the move that first reached this level still stands.
 */
export function levelSetBy(history: CaseEvent[], level: CaseLevelName): CaseEvent | null {
  return [...history].reverse().find((e) => e.toLevel === level && e.fromLevel !== level && e.action !== 'appeal_upheld') ?? null;
}

/** The scorecards the case rests on up to the step that set its level, oldest first, each once. */
export function cardsBehind(history: CaseEvent[], set: CaseEvent | null): string[] {
  if (!set) return [];
  return [...new Set(history.filter((e) => e.seq <= set.seq && e.scorecardId).map((e) => e.scorecardId as string))];
}

/** Everything a notice of default says besides the case itself. */
export interface NoticeInput {
  case: EnforcementCase;
  /** The official cards behind the level, oldest first (the last one set it). */
  cards: Scorecard[];
  sender: { name: string; postalAddress: string };
  addressee: NoticeParties;
  /** Who issues the letter; null when a rule set the level and no person issues it. */
  issuer: NoticePerson | null;
  /** Where the franchisee answers (the case page), when the app knows its public address. */
  caseUrl: string | null;
  generatedAt: Date;
  language: ReportLanguage;
}

interface Words {
  title: Record<CaseLevelName, string>;
  from: string;
  to: string;
  reference: string;
  date: string;
  level: string;
  locationLine: (a: NoticeParties) => string;
  why: string;
  reasonBy: (set: CaseEvent, by: string, w: ReportWording) => string;
  rule: string;
  noReason: string;
  facts: string;
  opened: (c: EnforcementCase, w: ReportWording) => string;
  noCard: string;
  card: (s: Scorecard, w: ReportWording) => string;
  breaches: (s: Scorecard, w: ReportWording) => string;
  expected: string;
  plan: (c: EnforcementCase, w: ReportWording) => string;
  cure: (c: EnforcementCase, w: ReportWording) => string;
  next: Record<CaseLevelName, string>;
  rights: string;
  respond: (c: EnforcementCase, url: string | null, w: ReportWording) => string;
  appeal: string;
  issued: string;
  issuerRule: (sender: string) => string;
  onBehalf: (sender: string) => string;
  footer: (sender: string, ref: string, page: number, pages: number) => string;
}

const EN: Words = {
  title: { warning: 'Notice of default: warning', final_warning: 'Notice of default: final warning', closure_review: 'Notice of closure review' },
  from: 'From',
  to: 'To',
  reference: 'Case reference',
  date: 'Date',
  level: 'Level',
  locationLine: (a) => `Location ${a.location.code} ${a.location.name}, ${a.location.address}`,
  why: 'Why',
  reasonBy: (set, by, w) => `${set.reason} (${by}, ${w.date(set.at)})`,
  rule: 'rule of the scoring policy',
  noReason: 'No reason was recorded for this level.',
  facts: 'The facts',
  opened: (c, w) => `Case ${c.reference} opened ${w.date(c.openedAt)} for location ${c.locationCode} ${c.locationName} (${c.regionName}).`,
  noCard: 'No scorecard was recorded with this level: it rests on the written reason above.',
  card: (s, w) => `Scorecard ${w.period(s.period)} (${s.period}; ${s.standing === 'official' ? 'official' : 'not final'}, policy v${s.policyVersion}, as of ${w.date(s.asOf)}): overall ${w.number(s.overall, 1)}, band ${w.band(s.band)}.`,
  breaches: (s, w) => `Breaches: acknowledge target missed ${w.number(s.explanation.breaches.acknowledge.length)}, resolve target missed ${w.number(s.explanation.breaches.resolve.length)}, critical complaints past the resolve target ${w.number(s.explanation.breaches.criticalResolve.length)}.`,
  expected: 'What is expected',
  plan: (c, w) => `A corrective-action plan (actions, owners, due dates) by ${w.date(c.capDeadline)} (plan deadline).`,
  cure: (c, w) => `Complaint handling back in the good or watch band on a finalized scorecard after the cure deadline of ${w.date(c.cureDeadline)}.`,
  next: {
    warning: 'If the location still fails after the cure period, the case escalates to a final warning.',
    final_warning: 'If the location still fails after the cure period, the case goes to a closure review.',
    closure_review: 'The regional manager will recommend and head office will decide on closure, extension or dismissal.',
  },
  rights: 'Your right to respond and to appeal',
  respond: (c, url, w) => `You may respond by submitting your corrective-action plan by ${w.date(c.capDeadline)} on the case page in the Franscore portal${url ? ` (${url})` : ''}.`,
  appeal: 'You may appeal this level from the same page, giving your reasons in writing; head office rules on every appeal and the ruling appears on the case page.',
  issued: 'Issued by',
  issuerRule: (sender) => `${sender}, head office (the level was set by the rule of the scoring policy)`,
  onBehalf: (sender) => `for ${sender}`,
  footer: (sender, ref, page, pages) => `${sender} · ${ref} · page ${page} of ${pages}`,
};

const RU: Words = {
  title: { warning: 'Уведомление о нарушении: предупреждение', final_warning: 'Уведомление о нарушении: последнее предупреждение', closure_review: 'Уведомление о рассмотрении закрытия' },
  from: 'От',
  to: 'Кому',
  reference: 'Номер дела',
  date: 'Дата',
  level: 'Уровень',
  locationLine: (a) => `Точка ${a.location.code} ${a.location.name}, ${a.location.address}`,
  why: 'Основание',
  reasonBy: (set, by, w) => `${set.reason} (${by}, ${w.date(set.at)})`,
  rule: 'правило политики оценки',
  noReason: 'Основание для этого уровня не записано.',
  facts: 'Факты',
  opened: (c, w) => `Дело ${c.reference} открыто ${w.date(c.openedAt)} по точке ${c.locationCode} ${c.locationName} (${c.regionName}).`,
  noCard: 'Оценка к этому уровню не приложена: он основан на письменной причине выше.',
  card: (s, w) => `Оценка за ${w.period(s.period)} (${s.period}; ${s.standing === 'official' ? 'официальная' : 'не окончательная'}, политика v${s.policyVersion}, на ${w.date(s.asOf)}): итог ${w.number(s.overall, 1)}, уровень «${w.band(s.band)}».`,
  breaches: (s, w) => `Нарушения: срок подтверждения — ${w.number(s.explanation.breaches.acknowledge.length)}, срок решения — ${w.number(s.explanation.breaches.resolve.length)}, критические жалобы с нарушенным сроком решения — ${w.number(s.explanation.breaches.criticalResolve.length)}.`,
  expected: 'Что требуется',
  plan: (c, w) => `План корректирующих действий (действия, ответственные, сроки) до ${w.date(c.capDeadline)} (срок плана).`,
  cure: (c, w) => `Работа с жалобами снова на уровне «хорошо» или «наблюдение» в утверждённой оценке после срока исправления ${w.date(c.cureDeadline)}.`,
  next: {
    warning: 'Если после срока исправления точка не выправится, дело перейдёт к последнему предупреждению.',
    final_warning: 'Если после срока исправления точка не выправится, дело перейдёт к рассмотрению закрытия.',
    closure_review: 'Региональный менеджер даст рекомендацию, головной офис решит: закрыть, продлить срок или прекратить дело.',
  },
  rights: 'Ваше право ответить и обжаловать',
  respond: (c, url, w) => `Вы можете ответить, подав план корректирующих действий до ${w.date(c.capDeadline)} на странице дела в портале Franscore${url ? ` (${url})` : ''}.`,
  appeal: 'Вы можете обжаловать этот уровень на той же странице, письменно изложив причины; каждую жалобу рассматривает головной офис, решение появится на странице дела.',
  issued: 'Выдано',
  issuerRule: (sender) => `${sender}, головной офис (уровень установлен правилом политики оценки)`,
  onBehalf: (sender) => `от имени: ${sender}`,
  footer: (sender, ref, page, pages) => `${sender} · ${ref} · страница ${page} из ${pages}`,
};

const WORDS: Record<ReportLanguage, Words> = { en: EN, ru: RU };

/** Each card behind the level: period, overall, band, every component and the breach counts. */
function cardFacts(s: Scorecard, t: Words, w: ReportWording): PdfContent[] {
  const sc = SCORECARD_WORDS[w.language];
  const components = COMPONENT_NAMES.map((name) => {
    const c = s.explanation.components[name];
    return `${sc.label[name]}: ${c.score === null ? sc.absent(c, w) : `${w.number(c.score, 1)} (${sc.counted(name, c, w)})`}`;
  });
  return [t.card(s, w), { ul: components }, t.breaches(s, w), ...(s.explanation.overrideReason ? [sc.raised(s, w)] : [])];
}

/**
 * The notice a franchisee receives at each level, in English or Russian: sender and addressee, the case
 * reference and date, the level and why it was set, the official scorecards behind it, the deadlines, the
 * right to respond and to appeal, and who issues it. Later comments (plan reviews, appeals, recommendations)
 * are not its reason.
 */
export function noticeReport(n: NoticeInput): PdfDocument {
  const t = WORDS[n.language];
  const w = new ReportWording(n.language);
  const c = n.case;
  const set = levelSetBy(c.history, c.level);
  const by = (e: CaseEvent) => (e.actorLabel === 'rule' ? t.rule : e.actorLabel);
  const a = n.addressee;
  const contact = [a.franchisee.contactEmail, a.franchisee.contactPhone].filter(Boolean).join(', ');
  return {
    info: { title: `${t.title[c.level]} ${c.reference}`, subject: t.title[c.level] },
    content: [
      {
        columns: [
          { stack: [{ text: t.from, style: 'small' }, { text: n.sender.name, bold: true }, n.sender.postalAddress] },
          { stack: [{ text: t.to, style: 'small' }, { text: a.franchisee.legalName, bold: true }, t.locationLine(a), ...(contact ? [contact] : [])] },
        ],
        columnGap: 24,
        margin: [0, 0, 0, 12],
      },
      { text: [{ text: `${t.reference}: `, bold: true }, c.reference, `    `, { text: `${t.date}: `, bold: true }, w.date(n.generatedAt)], margin: [0, 0, 0, 12] },
      { text: t.title[c.level], style: 'title' },
      { text: [{ text: `${t.level}: `, bold: true }, w.level(c.level)], margin: [0, 0, 0, 8] },
      { text: t.why, style: 'h2' },
      { text: set ? t.reasonBy(set, by(set), w) : t.noReason },
      { text: t.facts, style: 'h2' },
      { ul: [t.opened(c, w), ...(n.cards.length ? n.cards.map((s): PdfContent => ({ stack: cardFacts(s, t, w) })) : [t.noCard])] },
      { text: t.expected, style: 'h2' },
      { ul: [t.plan(c, w), t.cure(c, w), t.next[c.level]] },
      { text: t.rights, style: 'h2' },
      { ul: [t.respond(c, n.caseUrl, w), t.appeal] },
      { text: t.issued, style: 'h2' },
      n.issuer
        ? { stack: [{ text: n.issuer.name, bold: true }, w.role(n.issuer.role), t.onBehalf(n.sender.name)] }
        : { text: t.issuerRule(n.sender.name) },
    ],
    footer: (page, pages) => ({ text: t.footer(n.sender.name, c.reference, page, pages), style: 'small', margin: [40, 10, 40, 0] }),
  };
}
