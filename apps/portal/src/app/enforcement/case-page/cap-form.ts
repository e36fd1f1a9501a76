import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CapRow, EMPTY_CAP_ROW, toSubmitCap } from '../cap-form-value';
import { CaseStore } from '../case-store';

const MAX_ROWS = 30;

function row(value: CapRow = EMPTY_CAP_ROW) {
  return new FormGroup({
    description: new FormControl(value.description, {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(5), Validators.maxLength(2000)],
    }),
    owner: new FormControl(value.owner, {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(200)],
    }),
    dueDate: new FormControl(value.dueDate, { nonNullable: true, validators: Validators.required }),
  });
}

/** The franchisee's corrective-action plan: what will be done, by whom, by when; rows added and removed freely. */
@Component({
  selector: 'fs-cap-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'enforcement.cap.intro' | transloco }}</p>
    <form (submit)="$event.preventDefault(); submit()" novalidate data-testid="cap-form">
      @for (action of rows.controls; track action; let i = $index) {
        <fieldset class="row" [formGroup]="action">
          <legend>{{ 'enforcement.cap.action' | transloco: { n: i + 1 } }}</legend>
          <mat-form-field class="description">
            <mat-label>{{ 'enforcement.cap.description' | transloco }}</mat-label>
            <textarea
              matInput
              formControlName="description"
              rows="2"
              required
              maxlength="2000"
            ></textarea>
            @if (action.controls.description.invalid) {
              <mat-error>{{ 'enforcement.cap.descriptionRequired' | transloco }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'enforcement.cap.owner' | transloco }}</mat-label>
            <input matInput formControlName="owner" required maxlength="200" />
            @if (action.controls.owner.invalid) {
              <mat-error>{{ 'enforcement.cap.ownerRequired' | transloco }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'enforcement.cap.dueDate' | transloco }}</mat-label>
            <input matInput type="date" formControlName="dueDate" required />
            @if (action.controls.dueDate.invalid) {
              <mat-error>{{ 'enforcement.cap.dueDateRequired' | transloco }}</mat-error>
            }
          </mat-form-field>
          @if (rows.length > 1) {
            <button
              type="button"
              matButton
              class="remove"
              [attr.aria-label]="'enforcement.cap.removeN' | transloco: { n: i + 1 }"
              (click)="remove(i)"
            >
              {{ 'enforcement.cap.remove' | transloco }}
            </button>
          }
        </fieldset>
      }
      <div class="buttons">
        <button
          type="button"
          matButton="outlined"
          [disabled]="rows.length >= maxRows"
          (click)="add()"
        >
          {{ 'enforcement.cap.add' | transloco }}
        </button>
        <button type="submit" matButton="filled" [disabled]="store.busy()">
          {{ 'enforcement.cap.submit' | transloco }}
        </button>
      </div>
      <p role="status" class="count">
        {{ 'enforcement.cap.count' | transloco: { count: rows.length } }}
      </p>
      @if (tried() && rows.invalid) {
        <p role="alert" class="invalid">{{ 'enforcement.cap.fixRows' | transloco }}</p>
      }
    </form>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 16px;
      margin: 0 0 12px;
      padding: 8px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      font: var(--mat-sys-title-small);
    }
    .description {
      flex: 1 1 320px;
    }
    .remove {
      margin-top: 8px;
    }
    .buttons {
      display: flex;
      gap: 8px;
    }
    .count {
      color: var(--mat-sys-on-surface-variant);
    }
    .invalid {
      color: var(--mat-sys-error);
    }
  `,
})
export class CapForm {
  protected readonly store = inject(CaseStore);
  protected readonly maxRows = MAX_ROWS;
  protected readonly tried = signal(false);
  protected readonly rows = new FormArray([row()]);

  protected add(): void {
    if (this.rows.length < MAX_ROWS) this.rows.push(row());
  }

  protected remove(index: number): void {
    this.rows.removeAt(index);
  }

  protected async submit(): Promise<void> {
    this.tried.set(true);
    const plan = this.rows.valid ? toSubmitCap(this.rows.getRawValue()) : null;
    if (!plan) {
      this.rows.markAllAsTouched();
      return;
    }
    if (await this.store.submitPlan(plan)) {
      this.rows.clear();
      this.rows.push(row());
      this.tried.set(false);
    }
  }
}
