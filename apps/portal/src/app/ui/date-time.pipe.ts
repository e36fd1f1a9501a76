import { Pipe, PipeTransform } from '@angular/core';
import { formatDateTime } from './date-time';

/** `{{ at | fsDateTime: language() }}`: the language is an argument so the pure pipe follows a switch. */
@Pipe({ name: 'fsDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, language: string): string {
    return iso ? formatDateTime(iso, language) : '';
  }
}
