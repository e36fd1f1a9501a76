import {
  CaseListSchema,
  ComplaintListSchema,
  Location,
  LocationListSchema,
  Scorecard,
  ScorecardListSchema,
  ScorecardSchema,
} from '@franscore/domain';
import { APIRequestContext } from 'playwright-core';
import { ApiSession, apiAs } from './api-client';

/** The month before the current one, `YYYY-MM`: the last complete period, as the portal defaults to. */
export function previousPeriod(now = new Date()): string {
  const index = now.getFullYear() * 12 + now.getMonth() - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The locations a user sees, as the API tells that user. */
export async function locationsOf(email: string): Promise<Location[]> {
  const api = await apiAs(email);
  try {
    return LocationListSchema.parse(
      await (await api.get('/api/locations?pageSize=200&sort=code')).json(),
    ).items;
  } finally {
    await api.dispose();
  }
}

/**
 * How many of a location's complaints received well inside the period were
 * resolved or closed: an audit opens only on handled complaints (the days at
 * the month's edges are left out, so the location's time zone cannot matter).
 */
export async function handledIn(
  api: APIRequestContext,
  locationId: string,
  period: string,
): Promise<number> {
  const from = `${period}-03T00:00:00.000Z`;
  const to = `${period}-27T00:00:00.000Z`;
  let total = 0;
  for (const status of ['resolved', 'closed']) {
    const page = ComplaintListSchema.parse(
      await (
        await api.get(
          `/api/complaints?pageSize=1&status=${status}&locationId=${locationId}&from=${from}&to=${to}`,
        )
      ).json(),
    );
    total += page.total;
  }
  return total;
}

/**
 * The newest scorecard of a location and period, as a user sees it: the
 * revision pending beside the official card when there is one, else the card
 * that stands; null when there is none.
 */
export async function scorecardOf(
  api: APIRequestContext,
  locationId: string,
  period: string,
): Promise<Scorecard | null> {
  const page = ScorecardListSchema.parse(
    await (
      await api.get(`/api/scorecards?period=${period}&locationId=${locationId}&pageSize=1`)
    ).json(),
  );
  const standing = page.items[0] ?? null;
  if (!standing?.revision) return standing;
  return ScorecardSchema.parse(
    await (await api.get(`/api/scorecards/${standing.revision.id}`)).json(),
  );
}

/** The open enforcement case of each location, by location id, as a user sees them. */
export async function openCases(api: APIRequestContext): Promise<Map<string, string>> {
  const page = CaseListSchema.parse(
    await (await api.get('/api/enforcement-cases?status=open&pageSize=200')).json(),
  );
  return new Map(page.items.map((c) => [c.locationId, c.id]));
}

/** A manager lifts a case, with a reason: how a test frees a location the demo already has under a case. */
export async function liftCase(manager: ApiSession, caseId: string, reason: string): Promise<void> {
  const response = await manager.post(`/api/enforcement-cases/${caseId}/lift`, { reason });
  if (!response.ok())
    throw new Error(`Lifting ${caseId} failed: ${response.status()} ${await response.text()}`);
}
