import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Cap } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ActionDoneForm } from './action-done-form';
import { PlanReviewForm } from './plan-review-form';

/** The corrective-action plans of the case, each with its actions, review and evidence. */
@Component({
  selector: 'fs-plans-panel',
  imports: [TranslocoPipe, DateTimePipe, ActionDoneForm, PlanReviewForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (plans().length === 0) {
      <p class="empty">{{ 'enforcement.plans.empty' | transloco }}</p>
    }
    @for (plan of plans(); track plan.id; let n = $index) {
      <section
        class="plan"
        data-testid="plan"
        [attr.data-status]="plan.status"
        [attr.aria-labelledby]="'plan-' + plan.id"
      >
        <h3 [id]="'plan-' + plan.id">
          {{ 'enforcement.plans.title' | transloco: { n: n + 1 } }} —
          <span class="status">{{ 'enforcement.plans.statuses.' + plan.status | transloco }}</span>
        </h3>
        <p class="meta">
          {{ 'enforcement.plans.submitted' | transloco }}
          <time [attr.datetime]="plan.submittedAt">{{
            plan.submittedAt | fsDateTime: language()
          }}</time>
          @if (plan.reviewedAt) {
            · {{ 'enforcement.plans.reviewed' | transloco }}
            <time [attr.datetime]="plan.reviewedAt">{{
              plan.reviewedAt | fsDateTime: language()
            }}</time>
          }
        </p>
        @if (plan.reviewComment) {
          <p class="comment">
            {{ 'enforcement.plans.reviewComment' | transloco: { comment: plan.reviewComment } }}
          </p>
        }
        <ol class="actions">
          @for (action of plan.actions; track action.id; let a = $index) {
            <li>
              <strong>{{ action.description }}</strong>
              <span class="meta">
                {{
                  'enforcement.plans.ownerDue'
                    | transloco: { owner: action.owner, due: action.dueDate }
                }}
              </span>
              @if (action.doneAt) {
                <p class="done">
                  {{ 'enforcement.plans.doneOn' | transloco }}
                  <time [attr.datetime]="action.doneAt">{{
                    action.doneAt | fsDateTime: language()
                  }}</time>:
                  {{ action.evidence }}
                </p>
              } @else if (canComplete() && plan.status === 'accepted') {
                <fs-action-done-form [actionId]="action.id" [position]="a + 1" />
              }
            </li>
          }
        </ol>
        @if (canReview() && plan.status === 'submitted') {
          <fs-plan-review-form [planId]="plan.id" />
        }
      </section>
    }
  `,
  styles: `
    .plan {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .meta,
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .meta {
      margin-left: 8px;
    }
    p.meta {
      margin: 4px 0;
    }
    .actions {
      padding-left: 20px;
    }
    .actions li {
      margin-bottom: 8px;
    }
    .comment,
    .done {
      margin: 4px 0;
      white-space: pre-wrap;
    }
  `,
})
export class PlansPanel {
  readonly plans = input.required<readonly Cap[]>();
  readonly canReview = input.required<boolean>();
  readonly canComplete = input.required<boolean>();
  readonly language = input.required<string>();
}
