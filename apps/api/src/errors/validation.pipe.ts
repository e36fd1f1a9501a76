import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ZodValidationPipe } from 'nestjs-zod';
import { AppError } from './app-error';
import { findHostileText } from './hostile-text';

/**
 * The one validation pipe: first every string of the body, query and params
 * (keys included) must be storable text, then the route's zod DTO applies.
 * Checking here, once, keeps NUL bytes and unpaired surrogates out of every
 * service and query instead of in each schema. A text body (a CSV import) is
 * left to its parser, which names the bad cell by line and column.
 */
@Injectable()
export class ValidationPipe implements PipeTransform {
  private readonly zod = new ZodValidationPipe();

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const textBody = metadata.type === 'body' && typeof value === 'string';
    if (metadata.type !== 'custom' && !textBody) {
      const bad = findHostileText(value, metadata.data ?? '');
      if (bad) throw new AppError('request.invalid_text', 'invalid', `Invalid ${bad.field}`, [bad]);
    }
    return this.zod.transform(value, metadata);
  }
}
