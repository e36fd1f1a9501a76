import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RuleDispute } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { ComplaintStore } from '../complaint-store';

/** An auditor or admin upholds (strikes the complaint out) or rejects a pending dispute, saying why. */
@Component({
  selector: 'fs-ruling-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="intro">{{ 'complaints.ruling.intro' | transloco }}</p>
    <form class="form" (submit)="$event.preventDefault()">
      <mat-form-field>
        <mat-label>{{ 'complaints.ruling.explanation' | transloco }}</mat-label>
        <textarea
          matInput
          [formControl]="explanation"
          rows="3"
          required
          maxlength="2000"
        ></textarea>
        @if (explanation.invalid && (explanation.touched || tried())) {
          <mat-error>{{ 'complaints.ruling.explanationRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <div class="buttons">
        <button type="button" matButton="filled" [disabled]="store.busy()" (click)="rule('upheld')">
          {{ 'complaints.ruling.uphold' | transloco }}
        </button>
        <button
          type="button"
          matButton="outlined"
          [disabled]="store.busy()"
          (click)="rule('rejected')"
        >
          {{ 'complaints.ruling.reject' | transloco }}
        </button>
      </div>
    </form>
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
export class RulingForm {
  protected readonly store = inject(ComplaintStore);
  protected readonly tried = signal(false);
  protected readonly explanation = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(10), Validators.maxLength(2000)],
  });

  protected async rule(ruling: RuleDispute['ruling']): Promise<void> {
    if (this.explanation.invalid) {
      this.explanation.markAsTouched();
      this.tried.set(true);
      return;
    }
    if (await this.store.ruleDispute({ ruling, explanation: this.explanation.value.trim() }))
      this.explanation.reset();
  }
}
