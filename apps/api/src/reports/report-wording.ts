import type { BandName, CaseLevelName, ReportLanguage, Role } from '@franscore/domain';

/**
 * Numbers, dates, money and plural forms as a reader of the letter's language
 * writes them (ru: "75,1", "2 декабря 2026 г.", "5 жалоб"), never raw ISO times.
 */
export class ReportWording {
  private readonly plurals: Intl.PluralRules;

  constructor(readonly language: ReportLanguage) {
    this.plurals = new Intl.PluralRules(language);
  }

  /** A figure with exactly `digits` decimals; a dash when absent. */
  number(n: number | null | undefined, digits = 0): string {
    if (n === null || n === undefined || !Number.isFinite(n)) return '—';
    return new Intl.NumberFormat(this.language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  }

  /** A figure with up to `digits` decimals, trailing zeros dropped (a weight 0.25, a sum 7, not 7.00). */
  figure(n: number, digits = 2): string {
    return new Intl.NumberFormat(this.language, { maximumFractionDigits: digits }).format(n);
  }

  money(amount: number, currency: string): string {
    return new Intl.NumberFormat(this.language, { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  }

  /** A calendar day of an instant, in UTC (deadlines are instants; the letter names their day). */
  date(iso: string | Date): string {
    return new Intl.DateTimeFormat(this.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  }

  /** Day and time, UTC, said so. */
  dateTime(iso: string | Date): string {
    return `${new Intl.DateTimeFormat(this.language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
  }

  /** A period YYYY-MM as a month ("October 2026", "октябрь 2026 г."). */
  period(period: string): string {
    const [y, m] = period.split('-').map(Number);
    if (!y || !m) return period;
    return new Intl.DateTimeFormat(this.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  }

  /** The plural form of `n` in this language: one, few, many or other (English uses one and other). */
  plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
    return forms[this.plurals.select(n)] ?? forms.other;
  }

  band(band: BandName | null): string {
    return band ? BANDS[this.language][band] : this.language === 'ru' ? 'нет уровня' : 'none';
  }

  level(level: CaseLevelName): string {
    return LEVELS[this.language][level];
  }

  role(role: Role): string {
    return ROLES[this.language][role];
  }
}

const BANDS: Record<ReportLanguage, Record<BandName, string>> = {
  en: { good: 'good', watch: 'watch', warning: 'warning', closure: 'closure' },
  ru: { good: 'хорошо', watch: 'наблюдение', warning: 'предупреждение', closure: 'закрытие' },
};
const LEVELS: Record<ReportLanguage, Record<CaseLevelName, string>> = {
  en: { warning: 'warning', final_warning: 'final warning', closure_review: 'closure review' },
  ru: { warning: 'предупреждение', final_warning: 'последнее предупреждение', closure_review: 'рассмотрение закрытия' },
};
const ROLES: Record<ReportLanguage, Record<Role, string>> = {
  en: { admin: 'Head office administrator', auditor: 'Auditor', regional_manager: 'Regional manager', franchisee: 'Franchisee', location_staff: 'Location staff' },
  ru: { admin: 'Администратор головного офиса', auditor: 'Аудитор', regional_manager: 'Региональный менеджер', franchisee: 'Франчайзи', location_staff: 'Сотрудник точки' },
};
