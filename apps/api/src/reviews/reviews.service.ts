import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Review } from '@franscore/domain';
import { Actor, AuditLogService } from '../audit-log/audit-log.service';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { CaseActionsService } from '../enforcement/case-actions.service';
import { AppError } from '../errors/app-error';
import { PdfRenderer } from '../reports/pdf-renderer';
import { Clock } from '../time/clock';
import { reviewReport } from './review-report';
import { ReviewsRepository } from './reviews.repository';

type Decision = Review['locations'][number]['decision'] extends infer D ? (D extends { decision: infer X } ? X : never) : never;

const errors = {
  notFound: () => new AppError('review.not_found', 'not_found', 'Review not found'),
  regionNotFound: () => new AppError('region.not_found', 'not_found', 'Region not found'),
  locationNotInReview: () => new AppError('review.location_not_found', 'not_found', 'Location not in this review'),
  finished: () => new AppError('review.finished', 'conflict', 'The review is finished'),
  noOpenCase: () => new AppError('review.no_open_case', 'conflict', 'The location has no open case to act on'),
};

/** A regional manager's periodic review; each decision drives the location's enforcement case. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ReviewsRepository,
    private readonly cases: CaseActionsService,
    private readonly audit: AuditLogService,
    private readonly pdfs: PdfRenderer,
    private readonly clock: Clock,
  ) {}

  async open(user: AuthUser, actor: Actor, scope: Scope, regionId: string, period: string): Promise<Review> {
    const id = await this.ds.transaction(async (m) => {
      if (!(await this.repo.regionVisible(m, scope, regionId))) throw errors.regionNotFound();
      const reviewId = await this.repo.insert(m, regionId, period, user.id, this.clock.now());
      await this.audit.append(m, actor, { action: 'review.opened', entityType: 'review', entityId: reviewId, after: { regionId, period } });
      return reviewId;
    });
    return this.get(scope, id);
  }

  list(scope: Scope) {
    return this.repo.list(this.ds.manager, scope);
  }

  async get(scope: Scope, id: string): Promise<Review> {
    const head = await this.repo.head(this.ds.manager, scope, id);
    if (!head) throw errors.notFound();
    return { ...head, locations: await this.repo.locations(this.ds.manager, id, head.regionId, head.period) };
  }

  async decide(actor: Actor, scope: Scope, id: string, locationId: string, decision: Decision, notes: string): Promise<Review> {
    const review = await this.get(scope, id);
    if (review.status === 'finished') throw errors.finished();
    const location = review.locations.find((l) => l.locationId === locationId);
    if (!location) throw errors.locationNotInReview();
    const reason = `Review of ${review.period}: ${notes || decision.replace('_', ' ')}`;
    const caseId = location.openCase?.id;
    const needCase = () => caseId ?? Promise.reject(errors.noOpenCase());
    switch (decision) {
      case 'no_action':
        break;
      case 'watch':
        await this.ds.transaction((m) => this.repo.setWatch(m, locationId));
        break;
      case 'issue_warning':
        await this.cases.issueWarning(actor, scope, locationId, reason);
        break;
      case 'escalate':
        await this.cases.escalate(actor, scope, await needCase(), reason);
        break;
      case 'lift_warning':
        await this.cases.lift(actor, scope, await needCase(), reason);
        break;
      case 'recommend_closure':
        await this.cases.recommend(actor, scope, await needCase(), 'close', reason);
        break;
    }
    await this.ds.transaction(async (m) => {
      await this.repo.decide(m, id, locationId, decision, notes, this.clock.now());
      await this.audit.append(m, actor, { action: 'review.decided', entityType: 'review', entityId: id, after: { locationId, decision, notes } });
    });
    return this.get(scope, id);
  }

  async finish(actor: Actor, scope: Scope, id: string): Promise<Review> {
    await this.ds.transaction(async (m) => {
      const head = await this.repo.head(m, scope, id, true);
      if (!head) throw errors.notFound();
      if (head.status === 'finished') throw errors.finished();
      await this.repo.finish(m, id, this.clock.now());
      await this.audit.append(m, actor, { action: 'review.finished', entityType: 'review', entityId: id });
    });
    return this.get(scope, id);
  }

  async pdf(scope: Scope, id: string): Promise<{ file: string; pdf: Buffer }> {
    const review = await this.get(scope, id);
    return { file: `review-${review.regionName.replace(/\W+/g, '-')}-${review.period}.pdf`, pdf: await this.pdfs.render(reviewReport(review, this.clock.now())) };
  }
}
