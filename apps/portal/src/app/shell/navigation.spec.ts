import { ROLES } from '@franscore/domain';
import { navigationFor } from './navigation';

describe(navigationFor.name, () => {
  it.each(ROLES.map((role) => ({ role })))('$role sees the network', ({ role }) => {
    expect(navigationFor(role).map((entry) => entry.path)).toContain('/network');
  });

  it.each(ROLES.map((role) => ({ role })))('$role sees the complaints', ({ role }) => {
    expect(navigationFor(role).map((entry) => entry.path)).toContain('/complaints');
  });

  it('shows nothing without a user', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });
});
