import { Job } from '@franscore/domain';
import { Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { jobPercent, pollJob } from './job-poll';

const ID = '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01';

function makeJob(overrides: Partial<Job> = {}): Job {
  return {
    id: ID,
    kind: 'recompute',
    status: 'running',
    done: 0,
    total: 4,
    error: null,
    ...overrides,
  };
}

describe(pollJob.name, () => {
  const scheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

  it('asks every interval until the job is no longer running', () => {
    scheduler().run(({ cold, expectObservable }) => {
      const answers = [makeJob({ done: 2 }), makeJob({ status: 'done', done: 4 })];
      let asked = 0;
      const fetch = (): Observable<Job> => cold('a|', { a: answers[asked++] });
      expectObservable(pollJob(makeJob(), fetch, 5)).toBe('a 4ms b 4ms (c|)', {
        a: makeJob(),
        b: answers[0],
        c: answers[1],
      });
    });
  });

  it('does not poll a job that is already over', () => {
    scheduler().run(({ expectObservable }) => {
      const done = makeJob({ status: 'done', done: 4 });
      expectObservable(
        pollJob(
          done,
          () => {
            throw new Error('asked');
          },
          5,
        ),
      ).toBe('(a|)', { a: done });
    });
  });
});

describe(jobPercent.name, () => {
  it.each([
    { name: 'half way', job: makeJob({ done: 2 }), expected: 50 },
    { name: 'rounded', job: makeJob({ done: 1, total: 3 }), expected: 33 },
    { name: 'nothing to do', job: makeJob({ status: 'done', total: 0 }), expected: 100 },
    { name: 'not started counting', job: makeJob({ total: 0 }), expected: 0 },
  ])('$name', ({ job, expected }) => {
    expect(jobPercent(job)).toBe(expected);
  });
});
