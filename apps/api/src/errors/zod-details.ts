import type { ZodError } from 'zod';
import { ErrorDetail } from './app-error';

/** One detail per offending field; unknown keys are named one by one. */
export function zodDetails(error: ZodError): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        details.push({ field: base ? `${base}.${key}` : key, message: 'unknown field' });
      }
    } else {
      details.push({ field: base || 'body', message: issue.message });
    }
  }
  return details;
}
