import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ReviewCap } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { CaseStore } from '../case-store';

/** The regional manager accepts a submitted plan or returns it, with a comment either way. */
@Component({
  selector: 'fs-plan-review-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" (submit)="$event.preventDefault()" data-testid="plan-review">
      <mat-form-field class="comment">
        <mat-label>{{ 'enforcement.review.comment' | transloco }}</mat-label>
        <textarea matInput [formControl]="comment" rows="2" required maxlength="4000"></textarea>
        @if (comment.invalid && (comment.touched || tried())) {
          <mat-error>{{ 'enforcement.review.commentRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <div class="buttons">
        <button
          type="button"
          matButton="filled"
          [disabled]="store.busy()"
          (click)="review('accept')"
        >
          {{ 'enforcement.review.accept' | transloco }}
        </button>
        <button
          type="button"
          matButton="outlined"
          [disabled]="store.busy()"
          (click)="review('return')"
        >
          {{ 'enforcement.review.return' | transloco }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    .comment {
      flex: 1 1 320px;
    }
    .buttons {
      display: flex;
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class PlanReviewForm {
  protected readonly store = inject(CaseStore);
  readonly planId = input.required<string>();
  protected readonly tried = signal(false);
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(4000)],
  });

  protected async review(decision: ReviewCap['decision']): Promise<void> {
    this.tried.set(true);
    if (this.comment.invalid || this.comment.value.trim().length < 3) {
      this.comment.markAsTouched();
      return;
    }
    if (await this.store.reviewPlan(this.planId(), { decision, comment: this.comment.value })) {
      this.comment.reset();
      this.tried.set(false);
    }
  }
}
