import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DISPUTE_REASONS, DisputeReason } from '@franscore/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { flagEvidenceText } from '../complaint-flag';
import { ComplaintFlagStore } from '../complaint-flag-store';
import { ComplaintStore } from '../complaint-store';

/** A franchisee asks an auditor to strike a complaint out, with a reason and an explanation. */
@Component({
  selector: 'fs-dispute-form',
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
    <p class="intro">{{ 'complaints.dispute.intro' | transloco }}</p>
    @if (!open()) {
      <button
        type="button"
        matButton="outlined"
        aria-controls="dispute-form"
        [attr.aria-expanded]="false"
        (click)="open.set(true)"
      >
        {{ 'complaints.dispute.start' | transloco }}
      </button>
    } @else {
      <form id="dispute-form" [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
        <mat-form-field>
          <mat-label>{{ 'complaints.dispute.reason' | transloco }}</mat-label>
          <mat-select formControlName="reason" required>
            @for (reason of reasons; track reason) {
              <mat-option [value]="reason">{{
                'complaints.disputeReasons.' + reason | transloco
              }}</mat-option>
            }
          </mat-select>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ 'complaints.dispute.reasonRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'complaints.dispute.explanation' | transloco }}</mat-label>
          <textarea
            matInput
            formControlName="explanation"
            rows="3"
            required
            maxlength="2000"
          ></textarea>
          @if (form.controls.explanation.invalid) {
            <mat-error>{{ 'complaints.dispute.explanationRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        @if (flag(); as flagged) {
          @if (flagged.flagged) {
            <button type="button" matButton="outlined" data-testid="cite-flag" (click)="cite()">
              {{ 'complaints.flag.cite' | transloco }}
            </button>
          }
        }
        <div class="buttons">
          <button type="submit" matButton="filled" [disabled]="store.busy()">
            {{ 'complaints.dispute.submit' | transloco }}
          </button>
          <button type="button" matButton (click)="cancel()">
            {{ 'complaints.dispute.cancel' | transloco }}
          </button>
        </div>
      </form>
    }
  `,
  styles: `
    .intro {
      margin: 0 0 8px;
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 560px;
    }
    .buttons {
      display: flex;
      gap: 8px;
    }
  `,
})
export class DisputeForm {
  protected readonly store = inject(ComplaintStore);
  readonly #transloco = inject(TranslocoService);
  protected readonly flag = inject(ComplaintFlagStore).flag;
  protected readonly reasons = DISPUTE_REASONS;
  protected readonly open = signal(false);
  protected readonly form = new FormGroup({
    reason: new FormControl<DisputeReason | null>(null, Validators.required),
    explanation: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10), Validators.maxLength(2000)],
    }),
  });

  protected async submit(): Promise<void> {
    const { reason, explanation } = this.form.getRawValue();
    if (this.form.invalid || !reason) {
      this.form.markAllAsTouched();
      return;
    }
    if (await this.store.fileDispute({ reason, explanation: explanation.trim() })) this.cancel();
  }

  /** Adds the references behind the bad-faith flag to the explanation, once. */
  protected cite(): void {
    const flag = this.flag();
    if (!flag) return;
    const text = flagEvidenceText(
      flag,
      this.#transloco.translate('complaints.flag.citeLabel'),
      this.#transloco.translate('complaints.flag.citeElsewhere', { count: flag.relatedElsewhere }),
    );
    const control = this.form.controls.explanation;
    if (!control.value.includes(text)) control.setValue([control.value.trim(), text].filter(Boolean).join('\n'));
  }

  protected cancel(): void {
    this.form.reset();
    this.open.set(false);
  }
}
