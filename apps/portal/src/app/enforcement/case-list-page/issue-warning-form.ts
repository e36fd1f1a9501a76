import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { CaseListStore } from '../case-list-store';

/** A regional manager or admin issues a warning by hand, with a written reason (DOMAIN.md). */
@Component({
  selector: 'fs-issue-warning-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="issue()" novalidate class="form">
      <mat-form-field class="location">
        <mat-label>{{ 'enforcement.issue.location' | transloco }}</mat-label>
        <mat-select formControlName="locationId" required>
          @for (location of store.locations(); track location.id) {
            <mat-option [value]="location.id">{{ location.code }} · {{ location.name }}</mat-option>
          }
        </mat-select>
        @if (form.controls.locationId.invalid) {
          <mat-error>{{ 'enforcement.issue.locationRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="reason">
        <mat-label>{{ 'enforcement.reason' | transloco }}</mat-label>
        <textarea matInput formControlName="reason" rows="2" required maxlength="4000"></textarea>
        <mat-hint>{{ 'enforcement.reasonHint' | transloco }}</mat-hint>
        @if (form.controls.reason.invalid) {
          <mat-error>{{ 'enforcement.reasonRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <button type="submit" matButton="filled" class="submit" [disabled]="store.issuing()">
        {{ 'enforcement.issue.submit' | transloco }}
      </button>
    </form>
    <div class="fs-refusal" role="alert">
      @if (message(); as message) {
        {{ message.key | transloco: message.params }}
      }
    </div>
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 16px;
    }
    .location {
      width: 300px;
    }
    .reason {
      flex: 1 1 320px;
    }
    .submit {
      margin-top: 8px;
    }
  `,
})
export class IssueWarningForm {
  protected readonly store = inject(CaseListStore);
  readonly #router = inject(Router);
  protected readonly form = new FormGroup({
    locationId: new FormControl<string | null>(null, Validators.required),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10), Validators.maxLength(4000)],
    }),
  });
  protected readonly message = computed(() => {
    const error = this.store.issueError();
    return error ? actionMessage(error, { conflict: 'enforcement.issue.alreadyOpen' }) : null;
  });

  protected async issue(): Promise<void> {
    const { locationId, reason } = this.form.getRawValue();
    if (this.form.invalid || !locationId || reason.trim().length < 10) {
      this.form.markAllAsTouched();
      return;
    }
    const created = await this.store.issueWarning(locationId, reason);
    if (created) await this.#router.navigate(['/enforcement', created.id]);
  }
}
