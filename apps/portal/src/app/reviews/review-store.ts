import { Injectable, computed, inject } from '@angular/core';
import { Review } from '@franscore/domain';
import { actionMessage } from '../http/action-message';
import { detailResource } from '../http/detail-resource';
import { DecideReview, ReviewsApi } from './reviews-api';

export type ReviewAction =
  { readonly kind: 'decide'; readonly locationId: string } | { readonly kind: 'finish' };

/** One regional review: each location's standing and the manager's decision on it. */
@Injectable()
export class ReviewStore {
  readonly #api = inject(ReviewsApi);
  readonly #review = detailResource<Review, ReviewAction>((id) => this.#api.get(id));

  readonly loading = this.#review.loading;
  readonly review = this.#review.value;
  readonly loadError = this.#review.loadError;
  readonly busy = this.#review.busy;
  readonly pending = this.#review.pending;
  readonly done = this.#review.done;
  readonly actionMessage = computed(() => {
    const error = this.#review.actionError();
    return error ? actionMessage(error, { conflict: 'reviews.errors.finished' }) : null;
  });
  readonly undecided = computed(
    () => this.review()?.locations.filter((location) => location.decision === null).length ?? 0,
  );

  show(id: string): void {
    this.#review.show(id);
  }

  retry(): void {
    this.#review.retry();
  }

  decide(decision: DecideReview): Promise<boolean> {
    return this.#review.act({ kind: 'decide', locationId: decision.locationId }, (id) =>
      this.#api.decide(id, { ...decision, notes: decision.notes.trim() }),
    );
  }

  finish(): Promise<boolean> {
    return this.#review.act({ kind: 'finish' }, (id) => this.#api.finish(id));
  }
}
