import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ErrorBanner } from '../../ui/error-banner';
import { SettingsStore } from './settings-store';
import {
  SettingsField,
  SettingsProblems,
  currencyChoices,
  parseAmount,
  revenueAtRiskPerLost,
  toSettingsForm,
  toUpdateSettings,
} from './settings-form';

const knownCurrencies = (): string[] => {
  const supported = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
  return supported ? supported('currency') : [];
};

/** Head office's name and postal address (the sender of letters) and the figures of revenue at risk. */
@Component({
  selector: 'fs-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    DateTimePipe,
    ErrorBanner,
  ],
  providers: [SettingsStore],
  templateUrl: './settings-page.html',
  styleUrl: '../admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPage {
  protected readonly store = inject(SettingsStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly errorMessageKey = errorMessageKey;
  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    name: [''],
    postalAddress: [''],
    customerLifetimeValue: [''],
    currency: ['RUB'],
    wordOfMouthMultiplier: ['6'],
  });
  readonly #value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly problems = signal<SettingsProblems>({});
  protected readonly currencies = computed(() => currencyChoices(knownCurrencies(), this.#value().currency ?? 'RUB'));
  protected readonly saveMessage = computed(() => {
    const error = this.store.saveError();
    return error ? actionMessage(error) : null;
  });
  /** What one lost complainant costs under the figures on screen, in the chosen currency. */
  protected readonly perLost = computed(() => {
    const v = this.#value();
    const lifetime = parseAmount(v.customerLifetimeValue ?? '');
    const multiplier = parseAmount(v.wordOfMouthMultiplier ?? '');
    if (lifetime === null || multiplier === null || lifetime < 0 || multiplier < 0) return null;
    try {
      return new Intl.NumberFormat(this.language(), { style: 'currency', currency: v.currency ?? 'RUB', maximumFractionDigits: 0 }).format(
        revenueAtRiskPerLost({ customerLifetimeValue: lifetime, wordOfMouthMultiplier: multiplier }),
      );
    } catch {
      return null;
    }
  });

  constructor() {
    // The form takes what was loaded (and what a save answered) unless the admin is mid-edit.
    effect(() => {
      const settings = this.store.settings();
      if (settings && this.form.pristine) this.form.reset(toSettingsForm(settings));
    });
  }

  protected problem(field: SettingsField): string | null {
    return this.problems()[field] ?? null;
  }

  protected async save(): Promise<void> {
    const result = toUpdateSettings(this.form.getRawValue());
    if ('problems' in result) {
      this.problems.set(result.problems);
      for (const [field, key] of Object.entries(result.problems)) {
        const control = this.form.controls[field as SettingsField];
        control.setErrors({ problem: key });
        control.markAsTouched();
      }
      return;
    }
    this.problems.set({});
    if (await this.store.save(result.body)) this.form.markAsPristine();
  }
}
