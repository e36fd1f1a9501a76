import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { isPeriod } from './period';

/**
 * A scoring period picker: the browser's month input (a calendar on phones and
 * tablets, typed `YYYY-MM` elsewhere). Only a whole period is passed on.
 */
@Component({
  selector: 'fs-period-field',
  imports: [MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field floatLabel="always">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="month"
        [attr.data-testid]="testId()"
        [value]="value()"
        [required]="required()"
        pattern="[0-9]{4}-[0-9]{2}"
        (change)="changed($event)"
      />
      <mat-hint>{{ 'period.hint' | transloco }}</mat-hint>
    </mat-form-field>
  `,
})
export class PeriodField {
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly required = input(true);
  readonly testId = input('period');
  readonly periodChange = output<string>();
  /** An optional period (a filter) emptied by the user. */
  readonly cleared = output();

  protected changed(event: Event): void {
    const value = (event.target as HTMLInputElement | null)?.value ?? '';
    if (isPeriod(value)) this.periodChange.emit(value);
    else if (value === '' && !this.required()) this.cleared.emit();
  }
}
