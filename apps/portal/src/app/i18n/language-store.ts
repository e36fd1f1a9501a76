import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { LANGUAGE_STORAGE_KEY, Language, isLanguage } from './language';
import { writeStored } from './browser-storage';

@Injectable({ providedIn: 'root' })
export class LanguageStore {
  readonly #transloco = inject(TranslocoService);
  readonly #document = inject(DOCUMENT);
  readonly #active = signal<Language>(this.#initial());

  readonly active = this.#active.asReadonly();

  use(language: Language): void {
    this.#active.set(language);
    this.#transloco.setActiveLang(language);
    writeStored(LANGUAGE_STORAGE_KEY, language);
    // Screen readers pick their voice from the document language.
    this.#document.documentElement.lang = language;
  }

  #initial(): Language {
    const active = this.#transloco.getActiveLang();
    return isLanguage(active) ? active : 'en';
  }
}
