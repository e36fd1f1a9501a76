import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonAppearance, MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { COMPENSATION_KINDS, EventType, HandlingEventType } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { ComplaintStore } from '../complaint-store';
import { CompensationKind, handlingSteps, toRecordEvent } from '../step-request';

/** The steps that move a case on get the strong buttons. */
const MAIN_STEPS: readonly HandlingEventType[] = ['acknowledged', 'resolved'];

/** One button per step the server allows now; a note may go with any, kind and value with a compensation. */
@Component({
  selector: 'fs-step-actions',
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
    <form [formGroup]="form" class="steps" (submit)="$event.preventDefault()">
      <mat-form-field class="note">
        <mat-label>{{ 'complaints.actions.note' | transloco }}</mat-label>
        <textarea matInput formControlName="note" rows="2" maxlength="2000"></textarea>
        <mat-hint>{{ 'complaints.actions.noteHint' | transloco }}</mat-hint>
      </mat-form-field>

      <div class="buttons" role="group" [attr.aria-label]="'complaints.actions.steps' | transloco">
        @for (step of simpleSteps(); track step) {
          <button
            type="button"
            [matButton]="appearance(step)"
            [disabled]="store.busy()"
            [attr.data-step]="step"
            (click)="record(step)"
          >
            {{ 'complaints.steps.' + step | transloco }}
          </button>
        }
      </div>

      @if (canCompensate()) {
        <fieldset class="compensation">
          <legend>{{ 'complaints.compensation.legend' | transloco }}</legend>
          <mat-form-field>
            <mat-label>{{ 'complaints.compensation.kind' | transloco }}</mat-label>
            <mat-select formControlName="kind">
              @for (kind of kinds; track kind) {
                <mat-option [value]="kind">{{
                  'complaints.compensationKinds.' + kind | transloco
                }}</mat-option>
              }
            </mat-select>
            @if (form.controls.kind.hasError('required')) {
              <mat-error>{{ 'complaints.compensation.kindRequired' | transloco }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'complaints.compensation.value' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              inputmode="decimal"
              min="0"
              step="0.01"
              formControlName="value"
            />
            @if (form.controls.value.invalid) {
              <mat-error>{{ 'complaints.compensation.valueRequired' | transloco }}</mat-error>
            }
          </mat-form-field>
          <button
            type="button"
            matButton="outlined"
            [disabled]="store.busy()"
            (click)="compensate()"
          >
            {{ 'complaints.steps.compensation_offered' | transloco }}
          </button>
        </fieldset>
      }
    </form>
  `,
  styles: `
    .steps {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .compensation {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
      margin: 0;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .compensation legend {
      padding: 0 4px;
      font: var(--mat-sys-title-small);
    }
    .compensation button {
      margin-top: 8px;
    }
  `,
})
export class StepActions {
  protected readonly store = inject(ComplaintStore);

  /** The complaint's nextSteps, as the server sent them. */
  readonly steps = input.required<readonly EventType[]>();

  protected readonly kinds = COMPENSATION_KINDS;
  protected readonly simpleSteps = computed(() =>
    handlingSteps(this.steps()).filter((step) => step !== 'compensation_offered'),
  );
  protected readonly canCompensate = computed(() => this.steps().includes('compensation_offered'));
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
    kind: new FormControl<CompensationKind | null>(null),
    value: new FormControl<number | null>(null, [Validators.min(0), Validators.max(1_000_000)]),
  });

  protected appearance(step: HandlingEventType): MatButtonAppearance {
    return MAIN_STEPS.includes(step) ? 'filled' : 'outlined';
  }

  protected async record(step: HandlingEventType): Promise<void> {
    const event = toRecordEvent(step, this.form.controls.note.value);
    if (event && (await this.store.record(event))) this.form.controls.note.reset();
  }

  protected async compensate(): Promise<void> {
    const { note, kind, value } = this.form.getRawValue();
    const event = this.form.controls.value.valid
      ? toRecordEvent('compensation_offered', note, { kind, value })
      : null;
    if (!event) {
      // Kind and value are required only for this button, so they are checked only here.
      if (!kind) this.form.controls.kind.setErrors({ required: true });
      if (value === null) this.form.controls.value.setErrors({ required: true });
      this.form.controls.kind.markAsTouched();
      this.form.controls.value.markAsTouched();
      return;
    }
    if (await this.store.record(event)) this.form.reset();
  }
}
