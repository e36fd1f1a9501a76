import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A unique or foreign-key violation is the caller's mistake: answer it naming
 * the field (read from PostgreSQL's "Key (column)=..." detail), never with SQL.
 */
export function constraintViolation(e: unknown): AppError | null {
  if (!(e instanceof QueryFailedError)) return null;
  const { code, detail } = e.driverError as { code?: string; detail?: string };
  const column = /Key \((?:lower\()?([a-z_]+)\)?\)=/.exec(detail ?? '')?.[1];
  const field = column ? camel(column) : 'body';
  if (code === '23505') {
    return new AppError('db.duplicate', 'conflict', `${field} is already taken`, [{ field, message: 'already taken' }]);
  }
  if (code === '23503') {
    return new AppError('db.unknown_reference', 'invalid', `Invalid ${field}`, [{ field, message: 'does not exist' }]);
  }
  return null;
}
