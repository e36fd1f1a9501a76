import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '../../http/api-error';
import { LanguageSwitcher } from '../../i18n/language-switcher';
import { AuthStore } from '../auth-store';
import { safeReturnUrl } from '../return-url';
import { signInErrorKey } from './sign-in-error';

@Component({
  selector: 'fs-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    LanguageSwitcher,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  readonly #store = inject(AuthStore);
  readonly #router = inject(Router);

  /** Bound from the query string by the router. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.errorKey.set(null);
    try {
      await this.#store.signIn(this.form.getRawValue());
      await this.#router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.errorKey.set(signInErrorKey(toApiError(error).status));
    } finally {
      this.submitting.set(false);
    }
  }
}
