import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { PERIOD } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../auth/auth-store';
import { actionMessage } from '../../http/action-message';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { previousPeriod } from '../../ui/period';
import { PeriodPipe } from '../../ui/period.pipe';
import { ReviewListStore } from '../review-list-store';

@Component({
  selector: 'fs-review-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    DateTimePipe,
    EmptyState,
    ErrorBanner,
    PeriodPipe,
  ],
  providers: [ReviewListStore],
  templateUrl: './review-list-page.html',
  styleUrl: './review-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewListPage {
  protected readonly store = inject(ReviewListStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly canOpen = computed(() => this.#auth.user()?.role === 'regional_manager');
  protected readonly form = new FormGroup({
    regionId: new FormControl<string | null>(null, Validators.required),
    period: new FormControl(previousPeriod(new Date()), {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(PERIOD)],
    }),
  });
  protected readonly openMessage = computed(() => {
    const error = this.store.openError();
    return error ? actionMessage(error) : null;
  });

  protected async open(): Promise<void> {
    const { regionId, period } = this.form.getRawValue();
    if (this.form.invalid || !regionId) {
      this.form.markAllAsTouched();
      return;
    }
    const review = await this.store.open(regionId, period);
    if (review) await this.#router.navigate(['/reviews', review.id]);
  }
}
