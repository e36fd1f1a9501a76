import { Pipe, PipeTransform } from '@angular/core';
import { formatPeriod } from './period';

/** `{{ '2026-10' | fsPeriod: language() }}` reads "October 2026". */
@Pipe({ name: 'fsPeriod' })
export class PeriodPipe implements PipeTransform {
  transform(period: string | null | undefined, language: string): string {
    return period ? formatPeriod(period, language) : '';
  }
}
