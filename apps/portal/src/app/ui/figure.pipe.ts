import { Pipe, PipeTransform } from '@angular/core';
import { formatFigure } from './money';

/** `{{ row.weight | fsFigure: language() }}`: "0.25" / "0,25", thousands grouped, no trailing zeros. */
@Pipe({ name: 'fsFigure' })
export class FigurePipe implements PipeTransform {
  transform(value: number | null | undefined, language: string): string {
    return value === null || value === undefined ? '' : formatFigure(value, language);
  }
}
