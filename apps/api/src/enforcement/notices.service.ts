import { Injectable } from '@nestjs/common';
import { Scope } from '../auth/scope';
import { PdfRenderer } from '../reports/pdf-renderer';
import { ScorecardsService } from '../scoring/scorecards.service';
import { Clock } from '../time/clock';
import { CaseActionsService } from './case-actions.service';
import { levelSetBy, noticeReport } from './notice-report';

@Injectable()
export class NoticesService {
  constructor(
    private readonly cases: CaseActionsService,
    private readonly scorecards: ScorecardsService,
    private readonly pdfs: PdfRenderer,
    private readonly clock: Clock,
  ) {}

  /**
   * The notice for the case's current level, with the scorecard recorded on the transition that set that level
   * (the card the decision rested on, even if a revision came later); none when a person set it.
   */
  async notice(scope: Scope, id: string): Promise<{ file: string; pdf: Buffer }> {
    const c = await this.cases.get(scope, id);
    const cardId = levelSetBy(c.history, c.level)?.scorecardId;
    // The case is already in the caller's scope; the card it recorded belongs to the same location.
    const card = cardId ? await this.scorecards.get({ kind: 'all' }, cardId) : null;
    return { file: `notice-${c.locationCode}-${c.level}.pdf`, pdf: await this.pdfs.render(noticeReport(c, card, this.clock.now())) };
  }
}
