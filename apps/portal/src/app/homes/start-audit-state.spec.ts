import { ApiError } from '../http/api-error';
import { IDLE_START, reduceStartAudit } from './start-audit-state';

describe(reduceStartAudit.name, () => {
  const error = new ApiError(409, null);

  it.each([
    { name: 'starts one location', state: IDLE_START, event: { type: 'start' as const, locationId: 'a' }, expected: { starting: 'a', failed: null } },
    { name: 'ignores a second start while one runs', state: { starting: 'a', failed: null }, event: { type: 'start' as const, locationId: 'b' }, expected: { starting: 'a', failed: null } },
    { name: 'clears an earlier failure on a new start', state: { starting: null, failed: { locationId: 'a', error } }, event: { type: 'start' as const, locationId: 'b' }, expected: { starting: 'b', failed: null } },
    { name: 'names the location that failed', state: { starting: 'a', failed: null }, event: { type: 'failed' as const, error }, expected: { starting: null, failed: { locationId: 'a', error } } },
    { name: 'is idle once started', state: { starting: 'a', failed: null }, event: { type: 'started' as const }, expected: IDLE_START },
  ])('$name', ({ state, event, expected }) => {
    expect(reduceStartAudit(state, event)).toEqual(expected);
  });
});
