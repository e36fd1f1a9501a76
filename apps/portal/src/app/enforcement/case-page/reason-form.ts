import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonAppearance, MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

export interface ReasonButton {
  readonly value: string;
  readonly labelKey: string;
  readonly appearance: MatButtonAppearance;
}

export interface ReasonChoice {
  readonly value: string;
  readonly labelKey: string;
}

/** What a button asks the store; resolves true when the server took it. */
export type ReasonAct = (button: string, choice: string | null, reason: string) => Promise<boolean>;

/**
 * A written reason (DOMAIN.md: every transition says why), an optional choice
 * (recommend close, extend or dismiss) and the buttons that act with it.
 */
@Component({
  selector: 'fs-reason-form',
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
    <form class="form" (submit)="$event.preventDefault()" [attr.data-testid]="testId()">
      @if (choices().length) {
        <mat-form-field>
          <mat-label>{{ choiceLabelKey() | transloco }}</mat-label>
          <mat-select [formControl]="choice" required>
            @for (option of choices(); track option.value) {
              <mat-option [value]="option.value">{{ option.labelKey | transloco }}</mat-option>
            }
          </mat-select>
          @if (choice.invalid && (choice.touched || tried())) {
            <mat-error>{{ 'enforcement.choiceRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      }
      <mat-form-field class="reason">
        <mat-label>{{ reasonLabelKey() | transloco }}</mat-label>
        <textarea matInput [formControl]="reason" rows="2" required maxlength="4000"></textarea>
        <mat-hint>{{ 'enforcement.reasonHint' | transloco }}</mat-hint>
        @if (reason.invalid && (reason.touched || tried())) {
          <mat-error>{{ 'enforcement.reasonRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <div class="buttons">
        @for (button of buttons(); track button.value) {
          <button
            type="button"
            [matButton]="button.appearance"
            [disabled]="busy()"
            (click)="submit(button.value)"
          >
            {{ button.labelKey | transloco }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 16px;
    }
    .reason {
      flex: 1 1 320px;
    }
    .buttons {
      display: flex;
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class ReasonForm {
  readonly reasonLabelKey = input('enforcement.reason');
  readonly choiceLabelKey = input('enforcement.choice');
  readonly choices = input<readonly ReasonChoice[]>([]);
  readonly buttons = input.required<readonly ReasonButton[]>();
  readonly busy = input.required<boolean>();
  readonly act = input.required<ReasonAct>();
  readonly testId = input<string | null>(null);

  protected readonly tried = signal(false);
  protected readonly choice = new FormControl<string | null>(null, Validators.required);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(10), Validators.maxLength(4000)],
  });

  protected async submit(button: string): Promise<void> {
    this.tried.set(true);
    const needsChoice = this.choices().length > 0;
    if (
      this.reason.invalid ||
      this.reason.value.trim().length < 10 ||
      (needsChoice && this.choice.invalid)
    ) {
      this.reason.markAsTouched();
      this.choice.markAsTouched();
      return;
    }
    if (await this.act()(button, needsChoice ? this.choice.value : null, this.reason.value)) {
      this.reason.reset();
      this.choice.reset();
      this.tried.set(false);
    }
  }
}
