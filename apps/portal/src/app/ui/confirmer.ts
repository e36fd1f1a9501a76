import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoService } from '@jsverse/transloco';
import { confirmAction } from './confirm-dialog';

/**
 * Confirmation in the user's language: `ask('audits.confirm.submit')` shows
 * that key on the confirming button, `<key>Title` as the title and
 * `<key>Message` as the question. The translations test checks all three for
 * every key asked.
 */
@Injectable({ providedIn: 'root' })
export class Confirmer {
  readonly #dialog = inject(MatDialog);
  readonly #transloco = inject(TranslocoService);

  ask(key: string, params: Record<string, string> = {}): Promise<boolean> {
    const t = (k: string) => this.#transloco.translate(k, params);
    return confirmAction(this.#dialog, {
      title: t(`${key}Title`),
      message: t(`${key}Message`),
      confirm: t(key),
      cancel: t('confirm.cancel'),
    });
  }
}
