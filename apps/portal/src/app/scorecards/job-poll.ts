import { Job } from '@franscore/domain';
import { Observable, concat, of, switchMap, takeWhile, timer } from 'rxjs';

/** How often a running job is asked for its progress. */
export const JOB_POLL_MS = 500;

/**
 * A job as it progresses: the answer that started it, then its state every
 * `intervalMs` while it runs, ending with the first answer that is no longer
 * running (done or failed).
 */
export function pollJob(
  started: Job,
  fetch: (id: string) => Observable<Job>,
  intervalMs = JOB_POLL_MS,
): Observable<Job> {
  if (started.status !== 'running') return of(started);
  return concat(
    of(started),
    timer(intervalMs, intervalMs).pipe(
      switchMap(() => fetch(started.id)),
      takeWhile((job) => job.status === 'running', true),
    ),
  );
}

/** Percent done, for the progress bar; a job with nothing to do is complete. */
export function jobPercent(job: Job): number {
  if (job.total <= 0) return job.status === 'running' ? 0 : 100;
  return Math.min(100, Math.round((100 * job.done) / job.total));
}
