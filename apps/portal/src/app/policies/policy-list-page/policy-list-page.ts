import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../auth/auth-store';
import { actionMessage } from '../../http/action-message';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { PolicyListStore } from '../policy-list-store';

@Component({
  selector: 'fs-policy-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateTimePipe,
    EmptyState,
    ErrorBanner,
  ],
  providers: [PolicyListStore],
  template: `
    <section class="fs-page" aria-labelledby="policies-heading" [attr.aria-busy]="store.loading()">
      <h1 id="policies-heading">{{ 'policies.listHeading' | transloco }}</h1>
      <p class="intro">{{ 'policies.intro' | transloco }}</p>

      @if (isAdmin()) {
        <form class="create" (submit)="$event.preventDefault(); create()" novalidate>
          <mat-form-field class="name">
            <mat-label>{{ 'policies.newName' | transloco }}</mat-label>
            <input matInput [formControl]="name" required maxlength="200" autocomplete="off" />
            @if (name.invalid && name.touched) {
              <mat-error>{{ 'policies.nameRequired' | transloco }}</mat-error>
            }
          </mat-form-field>
          <button type="submit" matButton="filled" [disabled]="store.creating()">
            {{ 'policies.newDraft' | transloco }}
          </button>
        </form>
        <div class="fs-refusal" role="alert">
          @if (createMessage(); as message) {
            {{ message.key | transloco: message.params }}
          }
        </div>
      }

      <div class="fs-progress">
        @if (store.loading()) {
          <mat-progress-bar
            mode="indeterminate"
            [attr.aria-label]="'policies.loading' | transloco"
          />
        }
      </div>
      @if (store.error(); as error) {
        <fs-error-banner
          [title]="'policies.loadFailed' | transloco"
          [message]="errorMessageKey(error) | transloco"
          [retryLabel]="'errors.retry' | transloco"
          (retry)="store.retry()"
        />
      } @else if (!store.loading() && store.policies().length === 0) {
        <fs-empty-state [message]="'policies.empty' | transloco" />
      } @else {
        <ul class="policies" data-testid="policies">
          @for (policy of store.policies(); track policy.id) {
            <li>
              <a [routerLink]="['/policies', policy.id]" class="name-link">{{ policy.name }}</a>
              <span class="meta">
                @if (policy.version !== null) {
                  {{ 'policies.version' | transloco: { version: policy.version } }} ·
                }
                {{ 'policies.statuses.' + policy.status | transloco }}
                @if (policy.effectiveFrom) {
                  · {{ 'policies.effectiveFrom' | transloco: { date: policy.effectiveFrom } }}
                }
                @if (policy.id === store.inForceId()) {
                  · <strong>{{ 'policies.inForce' | transloco }}</strong>
                }
                @if (policy.publishedAt) {
                  ·
                  <time [attr.datetime]="policy.publishedAt">{{
                    policy.publishedAt | fsDateTime: language()
                  }}</time>
                }
              </span>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .intro {
      max-width: 72ch;
    }
    .create {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    .name {
      width: 320px;
    }
    .policies {
      display: grid;
      gap: 8px;
      padding: 0;
      list-style: none;
    }
    .policies li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .name-link {
      font: var(--mat-sys-title-small);
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyListPage {
  protected readonly store = inject(PolicyListStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly isAdmin = computed(() => this.#auth.user()?.role === 'admin');
  protected readonly name = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(200)],
  });
  protected readonly createMessage = computed(() => {
    const error = this.store.createError();
    return error ? actionMessage(error) : null;
  });

  protected async create(): Promise<void> {
    if (this.name.invalid || !this.name.value.trim()) {
      this.name.markAsTouched();
      return;
    }
    const policy = await this.store.create(this.name.value);
    if (policy) await this.#router.navigate(['/policies', policy.id]);
  }
}
