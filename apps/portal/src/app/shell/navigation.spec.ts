import { ROLES } from '@franscore/domain';
import { navigationFor } from './navigation';

describe(navigationFor.name, () => {
  it.each(ROLES.map((role) => ({ role })))('$role sees the network', ({ role }) => {
    expect(navigationFor(role).map((entry) => entry.path)).toContain('/network');
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});
