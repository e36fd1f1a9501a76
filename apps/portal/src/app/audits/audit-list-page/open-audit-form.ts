import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { PERIOD } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { previousPeriod } from '../../ui/period';
import { AuditListStore } from '../audit-list-store';

/** An auditor opens an audit: a location of the network list and a period; the server samples its handled complaints. */
@Component({
  selector: 'fs-open-audit-form',
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
    <form [formGroup]="form" (ngSubmit)="open()" novalidate class="form" data-testid="open-audit">
      <mat-form-field class="location">
        <mat-label>{{ 'audits.open.location' | transloco }}</mat-label>
        <mat-select formControlName="locationId" required>
          @for (location of store.locations(); track location.id) {
            <mat-option [value]="location.id">{{ location.code }} · {{ location.name }}</mat-option>
          }
        </mat-select>
        @if (form.controls.locationId.invalid) {
          <mat-error>{{ 'audits.open.locationRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'audits.open.period' | transloco }}</mat-label>
        <input matInput type="month" formControlName="period" required data-testid="open-period" />
        <mat-hint>{{ 'period.hint' | transloco }}</mat-hint>
        @if (form.controls.period.invalid) {
          <mat-error>{{ 'audits.open.periodRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="sample">
        <mat-label>{{ 'audits.open.sampleSize' | transloco }}</mat-label>
        <input
          matInput
          type="number"
          inputmode="numeric"
          min="1"
          max="30"
          formControlName="sampleSize"
        />
        <mat-hint>{{ 'audits.open.sampleSizeHint' | transloco }}</mat-hint>
        @if (form.controls.sampleSize.invalid) {
          <mat-error>{{ 'audits.open.sampleSizeInvalid' | transloco }}</mat-error>
        }
      </mat-form-field>
      <button type="submit" matButton="filled" class="submit" [disabled]="store.opening()">
        {{ 'audits.open.submit' | transloco }}
      </button>
    </form>
    <div class="fs-refusal" role="alert" data-testid="open-audit-error">
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
      width: 320px;
    }
    .sample {
      width: 160px;
    }
    .submit {
      margin-top: 8px;
    }
  `,
})
export class OpenAuditForm {
  protected readonly store = inject(AuditListStore);
  readonly #router = inject(Router);
  protected readonly form = new FormGroup({
    locationId: new FormControl<string | null>(null, Validators.required),
    period: new FormControl(previousPeriod(new Date()), {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(PERIOD)],
    }),
    sampleSize: new FormControl<number | null>(null, [Validators.min(1), Validators.max(30)]),
  });
  protected readonly message = computed(() => {
    const error = this.store.openError();
    return error
      ? actionMessage(error, {
          conflict: 'audits.errors.noCases',
          notFound: 'audits.errors.locationNotFound',
        })
      : null;
  });

  protected async open(): Promise<void> {
    const { locationId, period, sampleSize } = this.form.getRawValue();
    if (this.form.invalid || !locationId) {
      this.form.markAllAsTouched();
      return;
    }
    const audit = await this.store.open(
      sampleSize === null ? { locationId, period } : { locationId, period, sampleSize },
    );
    if (audit) await this.#router.navigate(['/audits', audit.id]);
  }
}
