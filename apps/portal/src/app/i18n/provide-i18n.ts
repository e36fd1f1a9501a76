import {
  DOCUMENT,
  EnvironmentProviders,
  Provider,
  inject,
  isDevMode,
  provideAppInitializer,
} from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TitleStrategy } from '@angular/router';
import { TranslocoService, provideTransloco } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { readStored } from './browser-storage';
import { LANGUAGES, LANGUAGE_STORAGE_KEY, pickLanguage } from './language';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';
import { TranslatedTitleStrategy } from './translated-title-strategy';
import { TranslocoHttpLoader } from './transloco-http-loader';

export function provideI18n(): (Provider | EnvironmentProviders)[] {
  const language = pickLanguage(
    readStored(LANGUAGE_STORAGE_KEY),
    globalThis.navigator?.languages ?? [],
  );
  return [
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: language,
        fallbackLang: 'en',
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    // Loading the language before the first render avoids a flash of empty labels.
    provideAppInitializer(() => {
      inject(DOCUMENT).documentElement.lang = language;
      return firstValueFrom(inject(TranslocoService).load(language)).then(() => undefined);
    }),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
  ];
}
