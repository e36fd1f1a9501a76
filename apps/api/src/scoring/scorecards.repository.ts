import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { LeagueQuery, LeagueRow, Page, Scorecard, ScorecardExplanation, ScorecardQuery } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';
import { insertChunks } from '../database/bulk-insert';

export interface NewScorecard {
  locationId: string;
  period: string;
  policyId: string;
  policyVersion: number;
  asOf: Date;
  overall: number | null;
  band: Scorecard['band'];
  provisional: boolean;
  explanation: ScorecardExplanation;
}

interface Row {
  id: string;
  location_id: string;
  location_code: string;
  location_name: string;
  region_name: string;
  franchisee_name: string;
  period: string;
  policy_version: number;
  as_of: Date;
  overall: string | null;
  band: Scorecard['band'];
  provisional: boolean;
  finalized: boolean;
  explanation: ScorecardExplanation;
}

const toScorecard = (r: Row): Scorecard => ({
  id: r.id,
  locationId: r.location_id,
  locationCode: r.location_code,
  locationName: r.location_name,
  regionName: r.region_name,
  franchiseeName: r.franchisee_name,
  period: r.period,
  policyVersion: r.policy_version,
  asOf: r.as_of.toISOString(),
  overall: r.overall === null ? null : Number(r.overall),
  band: r.band,
  provisional: r.provisional,
  finalized: r.finalized,
  explanation: r.explanation,
});

const SELECT = `
  SELECT s.id, s.location_id, l.code AS location_code, l.name AS location_name, r.name AS region_name,
         f.legal_name AS franchisee_name, s.period, s.policy_version, s.as_of, s.overall, s.band, s.provisional,
         (sf.scorecard_id IS NOT NULL) AS finalized, s.explanation
  FROM scorecard s
  JOIN location l ON l.id = s.location_id JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id
  LEFT JOIN scorecard_finalization sf ON sf.scorecard_id = s.id`;

/** The newest scorecard of each (location, period): what people see and what enforcement reads. */
const LATEST = `
  SELECT DISTINCT ON (s.location_id, s.period) s.* FROM scorecard s
  WHERE s.period = $1 ORDER BY s.location_id, s.period, s.as_of DESC, s.policy_version DESC`;

const LEAGUE_SORT: Record<LeagueQuery['sort'], string> = {
  overall: 'cur.overall ASC NULLS LAST, l.code',
  '-overall': 'cur.overall DESC NULLS LAST, l.code',
  code: 'l.code',
};

@Injectable()
export class ScorecardsRepository {
  async insert(m: EntityManager, cards: NewScorecard[]): Promise<void> {
    await insertChunks(
      m,
      cards,
      (v) => `INSERT INTO scorecard (location_id, period, policy_id, policy_version, as_of, overall, band, provisional, explanation, computed_at)
              VALUES ${v} ON CONFLICT (location_id, period, policy_version, as_of) DO NOTHING`,
      (c) => [c.locationId, c.period, c.policyId, c.policyVersion, c.asOf, c.overall, c.band, c.provisional, JSON.stringify(c.explanation), c.asOf],
    );
  }

  async byId(m: EntityManager, scope: Scope, id: string): Promise<Scorecard | null> {
    const params: unknown[] = [id];
    const rows: Row[] = await m.query(`${SELECT} WHERE s.id = $1 AND ${scopeCondition(scope, 'l', params)}`, params);
    return rows[0] ? toScorecard(rows[0]) : null;
  }

  async latestFor(m: EntityManager, locationId: string, period: string): Promise<Scorecard | null> {
    const rows: Row[] = await m.query(`${SELECT} WHERE s.location_id = $1 AND s.period = $2 ORDER BY s.as_of DESC, s.policy_version DESC LIMIT 1`, [locationId, period]);
    return rows[0] ? toScorecard(rows[0]) : null;
  }

  /** Newest card per (location, period), newest period first: a location's trend. */
  async list(m: EntityManager, scope: Scope, q: ScorecardQuery): Promise<Page<Scorecard>> {
    const params: unknown[] = [];
    const where = [scopeCondition(scope, 'l', params)];
    if (q.period) where.push(`s.period = $${params.push(q.period)}`);
    if (q.locationId) where.push(`s.location_id = $${params.push(q.locationId)}`);
    const latest = `s.id IN (SELECT DISTINCT ON (location_id, period) id FROM scorecard ORDER BY location_id, period, as_of DESC, policy_version DESC)`;
    const cond = [...where, latest].join(' AND ');
    const [{ n }] = await m.query(`SELECT count(*) AS n FROM scorecard s JOIN location l ON l.id = s.location_id WHERE ${cond}`, params);
    const rows: Row[] = await m.query(
      `${SELECT} WHERE ${cond} ORDER BY s.period DESC, l.code LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return { items: rows.map(toScorecard), total: Number(n), page: q.page, pageSize: q.pageSize };
  }

  /** The league table of a period: one query, ranked over the filtered, non-provisional rows. */
  async league(m: EntityManager, scope: Scope, q: LeagueQuery, previousPeriod: string): Promise<Page<LeagueRow>> {
    const params: unknown[] = [q.period, previousPeriod];
    const where = [scopeCondition(scope, 'l', params)];
    if (q.regionId) where.push(`l.region_id = $${params.push(q.regionId)}`);
    if (q.franchiseeId) where.push(`l.franchisee_id = $${params.push(q.franchiseeId)}`);
    if (q.band) where.push(`cur.band = $${params.push(q.band)}`);
    const cond = where.join(' AND ');
    const base = `
      FROM (${LATEST}) cur
      JOIN location l ON l.id = cur.location_id JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id
      LEFT JOIN (${LATEST.replace('$1', '$2')}) prev ON prev.location_id = cur.location_id
      WHERE ${cond}`;
    const [{ n }] = await m.query(`SELECT count(*) AS n ${base}`, params);
    const rows: Array<Omit<LeagueRow, 'overall' | 'previousOverall' | 'rank'> & { overall: string | null; previousOverall: string | null; rank: string | null }> = await m.query(
      `SELECT cur.id AS "scorecardId", l.id AS "locationId", l.code AS "locationCode", l.name AS "locationName",
              r.id AS "regionId", r.name AS "regionName", f.id AS "franchiseeId", f.legal_name AS "franchiseeName",
              cur.overall, cur.band, cur.provisional, prev.overall AS "previousOverall",
              CASE WHEN cur.overall IS NOT NULL AND NOT cur.provisional
                   THEN rank() OVER (PARTITION BY (cur.overall IS NOT NULL AND NOT cur.provisional) ORDER BY cur.overall DESC) END AS rank
       ${base} ORDER BY ${LEAGUE_SORT[q.sort]} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return {
      items: rows.map((r) => ({
        ...r,
        overall: r.overall === null ? null : Number(r.overall),
        previousOverall: r.previousOverall === null ? null : Number(r.previousOverall),
        rank: r.rank === null ? null : Number(r.rank),
      })),
      total: Number(n),
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async finalize(m: EntityManager, id: string, by: string | null, at: Date): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO scorecard_finalization (scorecard_id, finalized_by, finalized_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING scorecard_id`,
      [id, by, at],
    );
    return rows.length > 0;
  }

}
