import { ErrorBody } from '@franscore/domain';

/** One bad cell of a CSV import, as the page lists it. */
export interface ImportProblem {
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

const FIELD = /^line (\d+), (.+)$/;

/**
 * The rows of the import's error report from the API's 400 body, whose details
 * name each cell as `line N, column`; ordered by line as the file reads.
 * Details of another shape (a missing body) are kept on line 0, column `file`.
 */
export function importProblems(body: ErrorBody | null): ImportProblem[] {
  const details = body?.details ?? [];
  return details
    .map((d) => {
      const m = FIELD.exec(d.field);
      return m ? { line: Number(m[1]), column: m[2], message: d.message } : { line: 0, column: d.field || 'file', message: d.message };
    })
    .sort((a, b) => a.line - b.line);
}

export const LOCATION_CSV_HEADER = 'code,name,address,region_code,franchisee,time_zone,mon,tue,wed,thu,fri,sat,sun';
