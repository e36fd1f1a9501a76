import { Pipe, PipeTransform } from '@angular/core';
import { formatScore } from './score';

/** `{{ card.overall | fsScore: language() }}`: one decimal in the viewer's language, empty when absent. */
@Pipe({ name: 'fsScore' })
export class ScorePipe implements PipeTransform {
  transform(value: number | null | undefined, language: string): string {
    return formatScore(value, language) ?? '';
  }
}
