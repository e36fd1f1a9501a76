import { ChangeDetectionStrategy, Component, effect, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrors, POLICY_GROUPS } from '../policy-form';

export type RulesForm = FormGroup<Record<string, FormControl<number | null>>>;

/** Every rule of a policy, a fieldset per group, each field with its own error in words. */
@Component({
  selector: 'fs-policy-rules-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="groups">
      @for (group of groups; track group.name) {
        <fieldset class="group" [attr.data-group]="group.name">
          <legend>{{ 'policies.groups.' + group.name | transloco }}</legend>
          @if (group.name === 'slaAcknowledge') {
            <p class="note">{{ 'policies.slaNote' | transloco }}</p>
          }
          @if (errors()[group.path]; as error) {
            <p class="group-error" role="alert">{{ error.key | transloco: error.params }}</p>
          }
          @for (field of group.fields; track field.path) {
            <mat-form-field class="field">
              <mat-label>{{ 'policies.fields.' + field.path | transloco }}</mat-label>
              <input
                matInput
                type="number"
                [attr.inputmode]="field.integer ? 'numeric' : 'decimal'"
                [attr.data-field]="field.path"
                [formControl]="form().controls[field.path]"
                [min]="field.min"
                [max]="field.max"
                [step]="field.step"
              />
              @if (errors()[field.path]; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
          }
        </fieldset>
      }
    </div>
  `,
  styles: `
    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 16px;
    }
    .group {
      margin: 0;
      padding: 8px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-title-small);
    }
    .field {
      display: block;
      margin-top: 12px;
    }
    .note {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .group-error {
      margin: 0 0 8px;
      color: var(--mat-sys-error);
    }
  `,
})
export class PolicyRulesForm {
  readonly form = input.required<RulesForm>();
  readonly errors = input.required<FieldErrors>();
  protected readonly groups = POLICY_GROUPS;

  constructor() {
    // The errors come from the shared schema (and the server), not from per-control
    // validators: put them on the controls so Material shows each field as invalid.
    effect(() => {
      const errors = this.errors();
      for (const [path, control] of Object.entries(this.form().controls)) {
        const error = errors[path];
        control.setErrors(error ? { policy: error } : null);
        if (error) control.markAsTouched();
      }
    });
  }
}
