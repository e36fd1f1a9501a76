import type { Alert, AlertKind, Role, Severity } from '@franscore/domain';
import type { Scope } from '../auth/scope';

export type { Alert, AlertKind };

/** DOMAIN.md: who hears of what. A critical complaint reaches the regional manager at once; a critical resolve breach escalates to them. */
export function alertRoles(kind: AlertKind, severity: Severity): Role[] {
  switch (kind) {
    case 'complaint_received':
      return severity === 'critical' ? ['location_staff', 'franchisee', 'regional_manager'] : ['location_staff', 'franchisee'];
    case 'acknowledge_breached':
      return ['franchisee'];
    case 'resolve_breached':
      return severity === 'critical' ? ['franchisee', 'regional_manager'] : ['franchisee'];
  }
}

/** Whether a signed-in user should receive an alert: their role is addressed and the location is in their scope. */
export function alertReaches(alert: Alert, role: Role, scope: Scope): boolean {
  if (!alert.roles.includes(role)) return false;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'regions':
      return scope.regionIds.includes(alert.regionId);
    case 'franchisee':
      return scope.franchiseeId === alert.franchiseeId;
    case 'location':
      return scope.locationId === alert.locationId;
    case 'none':
      return false;
  }
}
