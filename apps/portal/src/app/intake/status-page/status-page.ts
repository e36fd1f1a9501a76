import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ErrorBanner } from '../../ui/error-banner';
import { PublicFrame } from '../../ui/public-frame';
import { ratingErrorKey } from '../status-state';
import { StatusStore } from '../status-store';

/** Labels of the five rating values, worst first; keys spelt out for the translation test. */
const RATING_OPTIONS = [
  { value: 1, key: 'status.rating.veryPoor' },
  { value: 2, key: 'status.rating.poor' },
  { value: 3, key: 'status.rating.fair' },
  { value: 4, key: 'status.rating.good' },
  { value: 5, key: 'status.rating.excellent' },
] as const;

/** The customer's status page, from the link on their receipt. */
@Component({
  selector: 'fs-status-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    TranslocoPipe,
    DateTimePipe,
    ErrorBanner,
    PublicFrame,
  ],
  providers: [StatusStore],
  templateUrl: './status-page.html',
  styleUrl: './status-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusPage {
  protected readonly store = inject(StatusStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly ratingOptions = RATING_OPTIONS;
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly ratingErrorKey = ratingErrorKey;

  /** The status token, bound from the route. */
  readonly token = input.required<string>();

  protected readonly ratingForm = new FormGroup({
    rating: new FormControl<number | null>(null, Validators.required),
    comment: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
  });

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => this.store.show(token));
    });
  }

  protected async rate(): Promise<void> {
    const { rating, comment } = this.ratingForm.getRawValue();
    if (this.ratingForm.invalid || rating === null) {
      this.ratingForm.markAllAsTouched();
      return;
    }
    const trimmed = comment.trim();
    await this.store.rate(trimmed ? { rating, comment: trimmed } : { rating });
  }
}
