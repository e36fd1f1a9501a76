import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { CATEGORIES, Category, PLAYBOOK_SEVERITIES, PlaybookSeverity } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../auth/auth-store';
import { actionMessage } from '../../http/action-message';
import { errorMessageKey } from '../../http/api-error';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { PlaybookListStore } from '../playbook-list-store';
import { severityKey } from '../severity-key';

@Component({
  selector: 'fs-playbook-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    EmptyState,
    ErrorBanner,
  ],
  providers: [PlaybookListStore],
  template: `
    <section class="fs-page" aria-labelledby="playbooks-heading" [attr.aria-busy]="store.loading()">
      <h1 id="playbooks-heading">{{ 'playbooks.listHeading' | transloco }}</h1>
      <p class="intro">{{ 'playbooks.intro' | transloco }}</p>

      @if (isAdmin()) {
        <form class="create" [formGroup]="form" (submit)="$event.preventDefault(); create()">
          <mat-form-field>
            <mat-label>{{ 'playbooks.category' | transloco }}</mat-label>
            <mat-select formControlName="category">
              @for (category of categories; track category) {
                <mat-option [value]="category">{{
                  'complaints.categories.' + category | transloco
                }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'playbooks.severity' | transloco }}</mat-label>
            <mat-select formControlName="severity">
              @for (severity of severities; track severity) {
                <mat-option [value]="severity">{{ severityKey(severity) | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button type="submit" matButton="filled" [disabled]="store.creating()">
            {{ 'playbooks.newDraft' | transloco }}
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
            [attr.aria-label]="'playbooks.loading' | transloco"
          />
        }
      </div>
      @if (store.error(); as error) {
        <fs-error-banner
          [title]="'playbooks.loadFailed' | transloco"
          [message]="errorMessageKey(error) | transloco"
          [retryLabel]="'errors.retry' | transloco"
          (retry)="store.retry()"
        />
      } @else if (!store.loading() && store.playbooks().length === 0) {
        <fs-empty-state [message]="'playbooks.empty' | transloco" />
      } @else {
        <ul class="playbooks" data-testid="playbooks">
          @for (playbook of store.playbooks(); track playbook.id) {
            <li [attr.data-status]="playbook.status">
              <a [routerLink]="['/playbooks', playbook.id]" class="name-link">
                {{ 'complaints.categories.' + playbook.category | transloco }} ·
                {{ severityKey(playbook.severity) | transloco }}
              </a>
              <span class="meta">
                @if (playbook.version !== null) {
                  {{ 'playbooks.version' | transloco: { version: playbook.version } }} ·
                }
                {{ 'playbooks.statuses.' + playbook.status | transloco }}
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
    .playbooks {
      display: grid;
      gap: 8px;
      padding: 0;
      list-style: none;
    }
    .playbooks li {
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
export class PlaybookListPage {
  protected readonly store = inject(PlaybookListStore);
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly severityKey = severityKey;
  protected readonly categories = CATEGORIES;
  protected readonly severities = PLAYBOOK_SEVERITIES;
  protected readonly isAdmin = computed(() => this.#auth.user()?.role === 'admin');
  protected readonly form = new FormGroup({
    category: new FormControl<Category>('food_quality', { nonNullable: true }),
    severity: new FormControl<PlaybookSeverity>('*', { nonNullable: true }),
  });
  protected readonly createMessage = computed(() => {
    const error = this.store.createError();
    return error ? actionMessage(error) : null;
  });

  protected async create(): Promise<void> {
    const created = await this.store.create(this.form.getRawValue());
    if (created) await this.#router.navigate(['/playbooks', created.id]);
  }
}
