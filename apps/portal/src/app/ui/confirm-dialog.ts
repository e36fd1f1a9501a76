import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

/** Texts come translated from the caller. */
export interface ConfirmData {
  readonly title: string;
  readonly message: string;
  readonly confirm: string;
  readonly cancel: string;
}

/**
 * Asks before a step that cannot be undone (submit, finalize, publish, finish).
 * The dialog traps focus and starts on Cancel, so Enter alone never confirms.
 */
@Component({
  selector: 'fs-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button type="button" matButton [mat-dialog-close]="false" cdkFocusInitial>
        {{ data.cancel }}
      </button>
      <button type="button" matButton="filled" [mat-dialog-close]="true" data-testid="confirm">
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/** Resolves true only when the user confirmed. */
export async function confirmAction(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
    data,
    role: 'alertdialog',
    autoFocus: 'first-tabbable',
    maxWidth: '480px',
  });
  return (await firstValueFrom(ref.afterClosed(), { defaultValue: false })) === true;
}
