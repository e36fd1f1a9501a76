import type { PolicyRules } from '@franscore/domain';
import { Band } from './band';
import { computeScorecard, ScorecardInputs } from './scorecard';

export interface SimulatedLocation {
  locationId: string;
  locationCode: string;
  inputs: ScorecardInputs;
  /** The facts under the draft, where they differ (new SLA targets decide the period's clocks anew). */
  draftInputs?: ScorecardInputs;
}

export interface BandChange {
  locationId: string;
  locationCode: string;
  from: Band | null;
  to: Band | null;
  overallFrom: number | null;
  overallTo: number | null;
}

const ORDER: Record<Band, number> = { good: 0, watch: 1, warning: 2, closure: 3 };

/**
 * Scores every location under the policy in force and under a draft, and lists
 * who changes band and which way. Runs the same on the server and in the portal.
 */
export function simulatePolicy(locations: readonly SimulatedLocation[], current: PolicyRules, draft: PolicyRules) {
  const changes: BandChange[] = [];
  let better = 0;
  let worse = 0;
  for (const l of locations) {
    const a = computeScorecard(l.inputs, current);
    const b = computeScorecard(l.draftInputs ?? l.inputs, draft);
    if (a.band === b.band) continue;
    const change = { locationId: l.locationId, locationCode: l.locationCode, from: a.band, to: b.band, overallFrom: a.overall, overallTo: b.overall };
    changes.push(change);
    if (a.band && b.band) {
      if (ORDER[b.band] < ORDER[a.band]) better++;
      else worse++;
    }
  }
  changes.sort((x, y) => x.locationCode.localeCompare(y.locationCode));
  return { locations: locations.length, changed: changes.length, better, worse, changes };
}
