import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { REVIEW_DECISIONS, Review } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { BandBadge } from '../../ui/band-badge';
import { Deadline } from '../../ui/deadline';
import { ScorePipe } from '../../ui/score.pipe';
import { Sparkline } from '../../ui/sparkline';
import { oldestFirst } from '../../ui/trend';
import { ReviewDecision } from '../reviews-api';
import { ReviewStore } from '../review-store';

type ReviewLocation = Review['locations'][number];

/** One location of the review: score, band, trend, open case, and the manager's decision with notes. */
@Component({
  selector: 'fs-review-row',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    BandBadge,
    Deadline,
    ScorePipe,
    Sparkline,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-row.html',
  styleUrl: './review-row.css',
})
export class ReviewRow {
  protected readonly store = inject(ReviewStore);
  readonly location = input.required<ReviewLocation>();
  readonly editable = input.required<boolean>();
  readonly language = input.required<string>();
  readonly now = input.required<number>();

  protected readonly decisions = REVIEW_DECISIONS;
  protected readonly form = new FormGroup({
    decision: new FormControl<ReviewDecision | null>(null, Validators.required),
    notes: new FormControl('', { nonNullable: true, validators: Validators.maxLength(4000) }),
  });
  protected readonly trend = computed(() => oldestFirst(this.location().trend, 6));
  protected readonly id = computed(() => `review-${this.location().locationCode}`);
  protected readonly saved = computed(() => {
    const done = this.store.done();
    return done?.kind === 'decide' && done.locationId === this.location().locationId;
  });
  /** Only a change of this row's recorded decision may overwrite what the manager is typing here. */
  readonly #recorded = computed(() => JSON.stringify(this.location().decision));

  constructor() {
    effect(() => {
      this.#recorded();
      untracked(() => {
        const decision = this.location().decision;
        this.form.setValue({ decision: decision?.decision ?? null, notes: decision?.notes ?? '' });
      });
    });
    effect(() => {
      if (this.editable()) this.form.enable();
      else this.form.disable();
    });
  }

  protected async save(): Promise<void> {
    const { decision, notes } = this.form.getRawValue();
    if (this.form.invalid || !decision) {
      this.form.markAllAsTouched();
      return;
    }
    await this.store.decide({ locationId: this.location().locationId, decision, notes });
  }
}
