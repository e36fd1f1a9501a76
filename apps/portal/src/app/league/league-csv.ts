import { BandName, CaseLevelName, LeagueRow, csvRow } from '@franscore/domain';

/** Column titles and enum words in the user's language; the figures stay machine-readable. */
export interface LeagueCsvLabels {
  readonly headers: {
    readonly rank: string;
    readonly code: string;
    readonly name: string;
    readonly region: string;
    readonly franchisee: string;
    readonly overall: string;
    readonly previous: string;
    readonly change: string;
    readonly band: string;
    readonly provisional: string;
    readonly enforcement: string;
    readonly rankOf: string;
    readonly revenueAtRisk: string;
    readonly currency: string;
  };
  band(band: BandName | null): string;
  level(level: CaseLevelName): string;
  readonly yes: string;
  readonly no: string;
}

/** Figures with a dot and one decimal whatever the language, so spreadsheets read them as numbers. */
function figure(value: number | null): string | number | null {
  return value === null ? null : Number(value.toFixed(1));
}

/**
 * The league rows as CSV (RFC 4180, CRLF line ends), in the table's order,
 * with the open enforcement level per location, how many locations the
 * network ranks (the rank is "N of M") and the revenue at risk. A byte-order mark goes first
 * so spreadsheet programs read Cyrillic names as UTF-8. Names are typed by
 * people, so every cell goes through the shared csvRow: none runs as a formula.
 */
export function leagueCsv(
  rows: readonly LeagueRow[],
  openLevels: ReadonlyMap<string, CaseLevelName>,
  labels: LeagueCsvLabels,
): string {
  const h = labels.headers;
  const header = [
    h.rank,
    h.code,
    h.name,
    h.region,
    h.franchisee,
    h.overall,
    h.previous,
    h.change,
    h.band,
    h.provisional,
    h.enforcement,
    h.rankOf,
    h.revenueAtRisk,
    h.currency,
  ];
  const lines = rows.map((row) => {
    const change =
      row.overall !== null && row.previousOverall !== null
        ? figure(row.overall - row.previousOverall)
        : null;
    const level = openLevels.get(row.locationId);
    return [
      row.rank,
      row.locationCode,
      row.locationName,
      row.regionName,
      row.franchiseeName,
      figure(row.overall),
      figure(row.previousOverall),
      change,
      labels.band(row.band),
      row.provisional ? labels.yes : labels.no,
      level ? labels.level(level) : '',
      row.rankOf,
      row.moneyAtRisk?.revenueAtRisk ?? null,
      row.moneyAtRisk?.currency ?? '',
    ];
  });
  return '\uFEFF' + [header, ...lines].map(csvRow).join('\r\n') + '\r\n';
}
