import { Pipe, PipeTransform } from '@angular/core';
import { pluralKey } from './plural';

/**
 * `{{ ('audits.submitNeedsScores' | fsPlural: n : language()) | transloco: { count: n } }}`:
 * the translation key of the plural form the language uses for the count
 * (Russian 1 случай, 3 случая, 5 случаев), never "case(s)".
 */
@Pipe({ name: 'fsPlural' })
export class PluralPipe implements PipeTransform {
  transform(base: string, count: number, language: string): string {
    return pluralKey(base, count, language);
  }
}
