import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CaseStore } from '../case-store';

/** The franchisee marks an action of the accepted plan done, saying what shows it. */
@Component({
  selector: 'fs-action-done-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" (submit)="$event.preventDefault(); done()" novalidate>
      <mat-form-field class="evidence">
        <mat-label>{{
          'enforcement.actionDone.evidence' | transloco: { n: position() }
        }}</mat-label>
        <input matInput [formControl]="evidence" required maxlength="4000" />
        @if (evidence.invalid && evidence.touched) {
          <mat-error>{{ 'enforcement.actionDone.evidenceRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <button type="submit" matButton="outlined" class="submit" [disabled]="store.busy()">
        {{ 'enforcement.actionDone.submit' | transloco }}
      </button>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 12px;
    }
    .evidence {
      flex: 1 1 260px;
    }
    .submit {
      margin-top: 8px;
    }
  `,
})
export class ActionDoneForm {
  protected readonly store = inject(CaseStore);
  readonly actionId = input.required<string>();
  readonly position = input.required<number>();
  protected readonly evidence = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(5), Validators.maxLength(4000)],
  });

  protected async done(): Promise<void> {
    if (this.evidence.invalid || this.evidence.value.trim().length < 5) {
      this.evidence.markAsTouched();
      return;
    }
    await this.store.completeAction(this.actionId(), this.evidence.value);
  }
}
