import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReportLanguage, Scorecard } from '@franscore/domain';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PdfRenderer } from '../reports/pdf-renderer';
import { ScorecardsService } from '../scoring/scorecards.service';
import { SettingsService } from '../settings/settings.service';
import { Clock } from '../time/clock';
import { CaseActionsService } from './case-actions.service';
import { NoticePartiesRepository, NoticePerson } from './notice-parties.repository';
import { cardsBehind, levelSetBy, noticeReport } from './notice-report';
import { enforcementErrors } from './enforcement.errors';

/** Head office's people issue letters; a franchisee downloading a notice a rule set is not its issuer. */
const ISSUING_ROLES = new Set(['admin', 'regional_manager', 'auditor']);

@Injectable()
export class NoticesService {
  constructor(
    private readonly ds: DataSource,
    private readonly cases: CaseActionsService,
    private readonly scorecards: ScorecardsService,
    private readonly settings: SettingsService,
    private readonly parties: NoticePartiesRepository,
    private readonly pdfs: PdfRenderer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The notice for the case's current level, with the scorecards recorded on the transitions up to the one
   * that set that level (the cards the decisions rested on, even if a revision came later). The issuer is the
   * person who set the level; when a rule set it, the head-office user who downloads it, else head office.
   */
  async notice(user: AuthUser, scope: Scope, id: string, language: ReportLanguage = 'en'): Promise<{ file: string; pdf: Buffer }> {
    const c = await this.cases.get(scope, id);
    const set = levelSetBy(c.history, c.level);
    // The case is already in the caller's scope; the cards it recorded belong to the same location.
    const cards: Scorecard[] = [];
    for (const cardId of cardsBehind(c.history, set)) cards.push(await this.scorecards.get({ kind: 'all' }, cardId));
    const [sender, addressee, setter] = await Promise.all([
      this.settings.get(),
      this.parties.parties(this.ds.manager, id),
      set ? this.parties.actorOf(this.ds.manager, id, set.seq) : Promise.resolve(null),
    ]);
    if (!addressee) throw enforcementErrors.caseNotFound();
    const issuer: NoticePerson | null = setter ?? (ISSUING_ROLES.has(user.role) ? { name: user.displayName, role: user.role } : null);
    const doc = noticeReport({
      case: c,
      cards,
      sender: { name: sender.name, postalAddress: sender.postalAddress },
      addressee,
      issuer,
      caseUrl: this.config.PUBLIC_URL ? `${this.config.PUBLIC_URL.replace(/\/$/, '')}/enforcement/${c.id}` : null,
      generatedAt: this.clock.now(),
      language,
    });
    return { file: `notice-${c.reference}-${c.level}-${language}.pdf`, pdf: await this.pdfs.render(doc) };
  }
}
