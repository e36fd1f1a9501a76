import type { User } from '@franscore/domain';

/**
 * The locations a user may see, as a predicate rather than a list of ids, so it
 * stays one SQL condition whatever the size of the network.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'regions'; regionIds: string[] }
  | { kind: 'franchisee'; franchiseeId: string }
  | { kind: 'location'; locationId: string }
  | { kind: 'none' };

export function scopeFor(user: Pick<User, 'role' | 'regionIds' | 'franchiseeId' | 'locationId'>): Scope {
  switch (user.role) {
    case 'admin':
    case 'auditor':
      return { kind: 'all' };
    case 'regional_manager':
      return user.regionIds.length ? { kind: 'regions', regionIds: user.regionIds } : { kind: 'none' };
    case 'franchisee':
      return user.franchiseeId ? { kind: 'franchisee', franchiseeId: user.franchiseeId } : { kind: 'none' };
    case 'location_staff':
      return user.locationId ? { kind: 'location', locationId: user.locationId } : { kind: 'none' };
  }
}

/**
 * The SQL condition on a `location` row alias for a scope. Pushes its values
 * onto `params` and refers to them by position.
 */
export function scopeCondition(scope: Scope, alias: string, params: unknown[]): string {
  switch (scope.kind) {
    case 'all':
      return 'TRUE';
    case 'regions':
      return `${alias}.region_id = ANY($${params.push(scope.regionIds)}::uuid[])`;
    case 'franchisee':
      return `${alias}.franchisee_id = $${params.push(scope.franchiseeId)}`;
    case 'location':
      return `${alias}.id = $${params.push(scope.locationId)}`;
    case 'none':
      return 'FALSE';
  }
}
