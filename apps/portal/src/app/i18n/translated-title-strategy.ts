import { Injectable, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/** Route titles are translation keys; the document title follows the active language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  readonly #title = inject(Title);
  readonly #transloco = inject(TranslocoService);
  readonly #key = signal<string | undefined>(undefined);
  readonly #translation = toSignal(this.#transloco.selectTranslation());

  constructor() {
    super();
    effect(() => {
      const key = this.#key();
      const translation = this.#translation();
      if (!translation) return;
      const product = this.#transloco.translate('app.name');
      this.#title.setTitle(key ? `${this.#transloco.translate(key)} · ${product}` : product);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.#key.set(this.buildTitle(snapshot));
  }
}
