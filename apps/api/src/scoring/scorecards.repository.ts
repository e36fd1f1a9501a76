import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CustomerCounts, LeagueQuery, LeagueRow, MoneyAtRiskQuery, Page, Scorecard, ScorecardExplanation, ScorecardQuery } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';
import { insertChunks } from '../database/bulk-insert';
import { pageOf } from '../database/paged-query';

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

/** A league row as read: its card's customers, which the service turns into money at head office's figures. */
export type LeagueRowFacts = Omit<LeagueRow, 'moneyAtRisk'> & { customers: CustomerCounts | null };

/** Customers of a period summed per region and franchisee pair. */
export interface CustomerGroupRow extends CustomerCounts {
  regionId: string;
  regionName: string;
  franchiseeId: string;
  franchiseeName: string;
  locations: number;
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
  standing: Scorecard['standing'];
  rv_id: string | null;
  rv_as_of: Date | null;
  rv_overall: string | null;
  rv_band: Scorecard['band'];
  rv_provisional: boolean | null;
  explanation: ScorecardExplanation;
}

/** The official card of a pair, locked, and whether a given card of the pair was computed after it. */
export interface OfficialCard {
  id: string;
  overall: number | null;
  band: Scorecard['band'];
  asOf: string;
  cardIsNewer: boolean;
}

const score = (v: string | null) => (v === null ? null : Number(v));

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
  overall: score(r.overall),
  band: r.band,
  provisional: r.provisional,
  finalized: r.finalized,
  standing: r.standing,
  revision:
    r.rv_id && r.rv_as_of
      ? { id: r.rv_id, asOf: r.rv_as_of.toISOString(), overall: score(r.rv_overall), band: r.rv_band, provisional: r.rv_provisional ?? false }
      : null,
  explanation: r.explanation,
});

/**
 * A card (`s`) with where it stands (`st` its pair's pointer row, `o` the
 * official card) and, on the official card, the revision beside it. Each card
 * is reached by id through LATERAL ... LIMIT 1: an index probe per row, where a
 * plain join lets the planner hash the whole card table once it grows.
 */
const card = (alias: string, idExpr: string, columns = '*') =>
  `LATERAL (SELECT ${columns} FROM scorecard c WHERE c.id = ${idExpr} LIMIT 1) ${alias}`;
const SELECT = (from: string) => `
  SELECT s.id, s.location_id, l.code AS location_code, l.name AS location_name, r.name AS region_name,
         f.legal_name AS franchisee_name, s.period, s.policy_version, s.as_of, s.overall, s.band, s.provisional,
         (sf.yes IS NOT NULL) AS finalized, s.explanation,
         CASE WHEN st.official_id = s.id THEN 'official'
              WHEN sf.yes IS NULL AND st.official_id IS NULL AND st.latest_id = s.id THEN 'not_final'
              WHEN sf.yes IS NULL AND (s.as_of, s.policy_version) > (o.as_of, o.policy_version) THEN 'revision'
              ELSE 'superseded' END AS standing,
         rv.id AS rv_id, rv.as_of AS rv_as_of, rv.overall AS rv_overall, rv.band AS rv_band, rv.provisional AS rv_provisional
  ${from}
  LEFT JOIN ${card('o', 'st.official_id', 'as_of, policy_version')} ON TRUE
  LEFT JOIN ${card('rv', "CASE WHEN st.official_id = s.id AND st.latest_id <> s.id THEN st.latest_id END", 'id, as_of, overall, band, provisional')} ON TRUE
  LEFT JOIN LATERAL (SELECT true AS yes FROM scorecard_finalization x WHERE x.scorecard_id = s.id) sf ON TRUE
  JOIN location l ON l.id = s.location_id JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id`;
/**
 * The standing card's id, overall, band and provisional flag as its pointer row
 * `pointer` carries them (a trigger copies them from the card: migration
 * 1764103200000), for the league's passes over a whole period: no probe into
 * the scorecard table per location.
 */
const standingScore = (alias: string, pointer: string) =>
  `LATERAL (SELECT ${pointer}.standing_id AS id, ${pointer}.standing_overall AS overall, ${pointer}.standing_band AS band,
    ${pointer}.standing_provisional AS provisional) ${alias}`;
/** One card by id, whatever its standing. */
const ONE_CARD = SELECT(`FROM scorecard s JOIN scorecard_standing st ON st.location_id = s.location_id AND st.period = s.period`);
/** The standing card of each pointer row. */
const STANDING_CARDS = SELECT(`FROM scorecard_standing st CROSS JOIN ${card('s', 'st.standing_id')}`);

/**
 * Moves a pair's `latest_id` to each card just inserted (the CTE `ins`) that is
 * newer than the one it points at. The comparison sits in the update itself, so
 * concurrent writers of one pair end on the newest card whatever their order.
 */
const ADVANCE_LATEST = `
  INSERT INTO scorecard_standing (location_id, period, latest_id, latest_as_of, latest_policy_version)
  SELECT location_id, period, id, as_of, policy_version FROM ins
  ON CONFLICT (location_id, period) DO UPDATE
    SET latest_id = EXCLUDED.latest_id, latest_as_of = EXCLUDED.latest_as_of, latest_policy_version = EXCLUDED.latest_policy_version
    WHERE (EXCLUDED.latest_as_of, EXCLUDED.latest_policy_version) > (scorecard_standing.latest_as_of, scorecard_standing.latest_policy_version)`;

const CARD_COLUMNS = 'location_id, period, policy_id, policy_version, as_of, overall, band, provisional, explanation';
const cardValues = (c: NewScorecard) => [c.locationId, c.period, c.policyId, c.policyVersion, c.asOf, c.overall, c.band, c.provisional, JSON.stringify(c.explanation)];

/**
 * The league's orders, on the pointer row's own overall (not the LATERAL alias):
 * `-overall`, the default, walks scorecard_standing_league_idx (1764107000000)
 * and sorts by code only the few rows of each score the page reaches.
 */
const LEAGUE_SORT: Record<LeagueQuery['sort'], string> = {
  overall: 'st.standing_overall ASC NULLS LAST, l.code',
  '-overall': 'st.standing_overall DESC NULLS LAST, l.code',
  code: 'l.code',
};

/** The league's rows: the caller's scope and the query's filters, on `l` (location) and `st` (the pointer row). */
function leagueFilter(scope: Scope, q: LeagueQuery, params: unknown[]): string {
  const where = [scopeCondition(scope, 'l', params)];
  if (q.regionId) where.push(`l.region_id = $${params.push(q.regionId)}`);
  if (q.franchiseeId) where.push(`l.franchisee_id = $${params.push(q.franchiseeId)}`);
  if (q.band) where.push(`st.standing_band = $${params.push(q.band)}`);
  return where.join(' AND ');
}

/** A standing card that counts in the network rank: an overall, and not provisional. */
const RANKED = `st.standing_overall IS NOT NULL AND NOT st.standing_provisional`;

@Injectable()
export class ScorecardsRepository {
  /** Stores cards (one per location of a period) and moves each pair's newest pointer, in the caller's transaction. */
  async insert(m: EntityManager, cards: NewScorecard[]): Promise<void> {
    await insertChunks(
      m,
      cards,
      (v) => `WITH ins AS (
                INSERT INTO scorecard (${CARD_COLUMNS}, computed_at) VALUES ${v}
                ON CONFLICT (location_id, period, policy_version, as_of) DO NOTHING
                RETURNING id, location_id, period, as_of, policy_version)
              ${ADVANCE_LATEST}`,
      (c) => [...cardValues(c), c.asOf],
    );
  }

  /**
   * Writes a recompute's cards, once, in its transaction, without moving any pointer: until `publish`
   * nothing reads them, and until the commit nobody else sees them. Answers the ids written (a card
   * identical to one already there, same pair, policy and as-of, is not written twice).
   */
  async write(m: EntityManager, cards: NewScorecard[]): Promise<string[]> {
    if (!cards.length) return [];
    // One array per column: a batch is one statement however many cards it holds.
    const values = cards.map(cardValues);
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO scorecard (${CARD_COLUMNS}, computed_at)
       SELECT location_id, period, policy_id, policy_version, as_of, overall, band, provisional, explanation::jsonb, as_of
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::int[], $5::timestamptz[], $6::numeric[], $7::text[], $8::boolean[], $9::text[])
         AS c(location_id, period, policy_id, policy_version, as_of, overall, band, provisional, explanation)
       ON CONFLICT (location_id, period, policy_version, as_of) DO NOTHING RETURNING id`,
      CARD_COLUMNS.split(', ').map((_, i) => values.map((v) => v[i])),
    );
    return rows.map((r) => r.id);
  }

  /**
   * Moves the pointer rows of the cards `write` wrote in this transaction, in one statement (in location
   * order, the order every writer of pointer rows takes), so a period changes whole or not at all.
   */
  async publish(m: EntityManager, cardIds: string[]): Promise<void> {
    await m.query(
      `WITH ins AS (
         SELECT s.id, s.location_id, s.period, s.as_of, s.policy_version
         FROM unnest($1::uuid[]) AS w(id) JOIN scorecard s ON s.id = w.id ORDER BY s.location_id)
       ${ADVANCE_LATEST}`,
      [cardIds],
    );
  }

  async byId(m: EntityManager, scope: Scope, id: string): Promise<Scorecard | null> {
    const params: unknown[] = [id];
    const rows: Row[] = await m.query(`${ONE_CARD} WHERE s.id = $1 AND ${scopeCondition(scope, 'l', params)}`, params);
    return rows[0] ? toScorecard(rows[0]) : null;
  }

  /** The card that stands for a location and period: the official one, or the newest while none is finalized. */
  async standing(m: EntityManager, scope: Scope, locationId: string, period: string): Promise<Scorecard | null> {
    const params: unknown[] = [locationId, period];
    const rows: Row[] = await m.query(
      `${STANDING_CARDS} WHERE st.location_id = $1 AND st.period = $2 AND ${scopeCondition(scope, 'l', params)}`,
      params,
    );
    return rows[0] ? toScorecard(rows[0]) : null;
  }

  /** The standing card per (location, period), newest period first, each with its pending revision: a location's trend. */
  async list(m: EntityManager, scope: Scope, q: ScorecardQuery): Promise<Page<Scorecard>> {
    const params: unknown[] = [];
    const where = [scopeCondition(scope, 'l', params)];
    if (q.period) where.push(`st.period = $${params.push(q.period)}`);
    if (q.locationId) where.push(`st.location_id = $${params.push(q.locationId)}`);
    const { rows, total } = await pageOf<Row>(m, {
      select: STANDING_CARDS,
      from: 'FROM scorecard_standing st JOIN location l ON l.id = st.location_id',
      where: where.join(' AND '),
      params,
      orderBy: 'st.period DESC, l.code',
      page: q.page,
      pageSize: q.pageSize,
    });
    return { items: rows.map(toScorecard), total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * The league table of a period over the standing cards: its rows are the caller's scope (and filters), each
   * with its rank in the WHOLE network (rank N of M: the same for every role), and the customers of the row's card.
   * One snapshot for the page, its count and its ranks, so a recompute published in between never mixes them.
   */
  league(m: EntityManager, scope: Scope, q: LeagueQuery, previousPeriod: string): Promise<Page<LeagueRowFacts>> {
    return m.transaction('REPEATABLE READ', (t) => this.leagueIn(t, scope, q, previousPeriod));
  }

  private async leagueIn(m: EntityManager, scope: Scope, q: LeagueQuery, previousPeriod: string): Promise<Page<LeagueRowFacts>> {
    const params: unknown[] = [q.period, previousPeriod];
    const cond = leagueFilter(scope, q, params);
    type Shown = Omit<LeagueRowFacts, 'overall' | 'previousOverall' | 'rank' | 'rankOf' | 'customers'> & { overall: string | null; previousOverall: string | null };
    // No count(*) OVER (): a window over every row in scope is what made the page sort the whole period.
    const rows: Shown[] = await m.query(
      `SELECT cur.id AS "scorecardId", l.id AS "locationId", l.code AS "locationCode", l.name AS "locationName",
              r.id AS "regionId", r.name AS "regionName", f.id AS "franchiseeId", f.legal_name AS "franchiseeName",
              cur.overall, cur.band, cur.provisional, prev.overall AS "previousOverall",
              CASE WHEN st.official_id IS NULL THEN 'not_final' ELSE 'official' END AS standing,
              CASE WHEN st.latest_id <> st.standing_id THEN st.latest_id END AS "revisionId"
       FROM scorecard_standing st CROSS JOIN ${standingScore('cur', 'st')}
       JOIN location l ON l.id = st.location_id JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id
       LEFT JOIN scorecard_standing pst ON pst.location_id = st.location_id AND pst.period = $2
       LEFT JOIN ${standingScore('prev', 'pst')} ON TRUE
       WHERE st.period = $1 AND ${cond}
       ORDER BY ${LEAGUE_SORT[q.sort]} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    // The period's rows in scope and the ranked rows of the whole network, in one pass over the pointer
    // rows; location is joined only when the scope or a filter needs it (every pointer row has its location).
    const countParams: unknown[] = [q.period];
    const counted = leagueFilter(scope, q, countParams);
    const [counts]: Array<{ total: number; ranked: number }> = await m.query(
      `SELECT count(*) FILTER (WHERE ${counted})::int AS total, count(*) FILTER (WHERE ${RANKED})::int AS ranked
       FROM scorecard_standing st ${/\bl\./.test(counted) ? 'JOIN location l ON l.id = st.location_id' : ''}
       WHERE st.period = $1`,
      countParams,
    );
    const network = await this.networkRanks(m, q.period, rows, counts.ranked, q.sort === 'overall' ? 'below' : 'above');
    return {
      items: rows.map((r) => {
        const ranked = network.get(r.scorecardId);
        return { ...r, overall: score(r.overall), previousOverall: score(r.previousOverall), rank: ranked?.rank ?? null, rankOf: counts.ranked, customers: ranked?.customers ?? null };
      }),
      total: counts.total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /**
   * The rank over every standing, non-provisional card of the period with an overall, whoever asks (scope only
   * chooses the rows shown), and the customers of the given cards. Ties share a rank (1, 2, 2, 4): a card's rank
   * is one more than the ranked cards scoring above it, so only the rows between the page's scores and one end of
   * the period are read (`above`: from the top down to the page's lowest score; `below`: from the bottom up to its
   * highest, rank = ranked + 1 - cards at or below the score), along scorecard_standing_league_idx.
   */
  private async networkRanks(
    m: EntityManager,
    period: string,
    cards: ReadonlyArray<{ scorecardId: string; overall: string | null; provisional: boolean }>,
    ranked: number,
    from: 'above' | 'below',
  ): Promise<Map<string, { rank: number | null; customers: CustomerCounts | null }>> {
    const byCard = new Map<string, { rank: number | null; customers: CustomerCounts | null }>();
    if (!cards.length) return byCard;
    const scored = cards.filter((c): c is typeof c & { overall: string } => c.overall !== null && !c.provisional);
    // The bound is passed as the card's own numeric text: no float on the way.
    const bound = scored.reduce<string | null>((b, c) => (b === null || (from === 'above' ? Number(c.overall) < Number(b) : Number(c.overall) > Number(b)) ? c.overall : b), null);
    const ranks: Array<{ id: string; rank: number }> = scored.length
      ? await m.query(
          from === 'above'
            ? `SELECT id, rank FROM (
                 SELECT st.standing_id AS id, rank() OVER (ORDER BY st.standing_overall DESC)::int AS rank
                 FROM scorecard_standing st
                 WHERE st.period = $1 AND ${RANKED}
                   AND st.standing_overall >= $3::numeric) n
               WHERE id = ANY($2::uuid[])`
            : `SELECT id, ($4::int + 1 - at_or_below)::int AS rank FROM (
                 SELECT st.standing_id AS id, count(*) OVER (ORDER BY st.standing_overall ASC) AS at_or_below
                 FROM scorecard_standing st
                 WHERE st.period = $1 AND ${RANKED}
                   AND st.standing_overall <= $3::numeric) n
               WHERE id = ANY($2::uuid[])`,
          from === 'above' ? [period, scored.map((c) => c.scorecardId), bound] : [period, scored.map((c) => c.scorecardId), bound, ranked],
        )
      : [];
    const customers: Array<{ id: string; customers: CustomerCounts | null }> = await m.query(
      `SELECT id, explanation->'customers' AS customers FROM scorecard WHERE id = ANY($1::uuid[])`,
      [cards.map((c) => c.scorecardId)],
    );
    const rankOf = new Map(ranks.map((r) => [r.id, r.rank]));
    for (const c of customers) byCard.set(c.id, { rank: rankOf.get(c.id) ?? null, customers: c.customers });
    return byCard;
  }

  /** Customers of each standing card of a period in scope, summed per (region, franchisee): the sums of money at risk. */
  async customersByGroup(m: EntityManager, scope: Scope, q: MoneyAtRiskQuery): Promise<CustomerGroupRow[]> {
    const params: unknown[] = [q.period];
    const where = [scopeCondition(scope, 'l', params)];
    if (q.regionId) where.push(`l.region_id = $${params.push(q.regionId)}`);
    if (q.franchiseeId) where.push(`l.franchisee_id = $${params.push(q.franchiseeId)}`);
    if (q.band) where.push(`cur.band = $${params.push(q.band)}`);
    return m.query(
      `SELECT r.id AS "regionId", r.name AS "regionName", f.id AS "franchiseeId", f.legal_name AS "franchiseeName", count(*)::int AS locations,
              COALESCE(sum((cur.customers->>'recovered')::int), 0)::int AS recovered,
              COALESCE(sum((cur.customers->>'lost')::int), 0)::int AS lost,
              COALESCE(sum((cur.customers->>'unknown')::int), 0)::int AS unknown
       FROM scorecard_standing st CROSS JOIN ${card('cur', 'st.standing_id', "band, explanation->'customers' AS customers")}
       JOIN location l ON l.id = st.location_id JOIN region r ON r.id = l.region_id JOIN franchisee f ON f.id = l.franchisee_id
       WHERE st.period = $1 AND ${where.join(' AND ')}
       GROUP BY r.id, r.name, f.id, f.legal_name ORDER BY r.name, f.legal_name`,
      params,
    );
  }

  /** The human reference of each complaint id given (a card's breaches), for people who read references, not ids. */
  async complaintReferences(m: EntityManager, ids: string[]): Promise<Record<string, string>> {
    if (!ids.length) return {};
    const rows: Array<{ id: string; reference: string }> = await m.query(`SELECT id, reference FROM complaint WHERE id = ANY($1::uuid[])`, [ids]);
    return Object.fromEntries(rows.map((r) => [r.id, r.reference]));
  }

  /** Locks a pair's pointer row, so finalizations of one pair queue here, and reads its official card, if any. */
  async lockOfficial(m: EntityManager, card: Pick<Scorecard, 'id' | 'locationId' | 'period'>): Promise<OfficialCard | null> {
    const rows: Array<{ id: string | null; overall: string | null; band: Scorecard['band']; as_of: Date; card_is_newer: boolean }> = await m.query(
      `SELECT o.id, o.overall, o.band, o.as_of, (c.as_of, c.policy_version) > (o.as_of, o.policy_version) AS card_is_newer
       FROM scorecard_standing st JOIN scorecard c ON c.id = $3 LEFT JOIN scorecard o ON o.id = st.official_id
       WHERE st.location_id = $1 AND st.period = $2 FOR UPDATE OF st`,
      [card.locationId, card.period, card.id],
    );
    const o = rows[0];
    return o?.id ? { id: o.id, overall: score(o.overall), band: o.band, asOf: o.as_of.toISOString(), cardIsNewer: o.card_is_newer } : null;
  }

  /** Records the finalization and makes the card its pair's official one; false when it was finalized already. */
  async finalize(m: EntityManager, card: Pick<Scorecard, 'id' | 'locationId' | 'period'>, by: string | null, at: Date): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO scorecard_finalization (scorecard_id, finalized_by, finalized_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING scorecard_id`,
      [card.id, by, at],
    );
    if (!rows.length) return false;
    await m.query(`UPDATE scorecard_standing SET official_id = $3 WHERE location_id = $1 AND period = $2`, [card.locationId, card.period, card.id]);
    return true;
  }
}
