import type { PolicyRules, Severity } from '@franscore/domain';
import { Band, bandFor } from './band';
import { overallScore } from './overall';

export type ComponentName = 'responsiveness' | 'resolution' | 'recovery' | 'protocol' | 'volume';
export const COMPONENTS: readonly ComponentName[] = ['responsiveness', 'resolution', 'recovery', 'protocol', 'volume'];

export interface TargetCounts {
  /** Complaints decided for the target (event happened, or the clock passed it). */
  decided: number;
  onTime: number;
}

/** What SQL aggregates for one location and period; the formulas below do the rest. */
export interface ScorecardInputs {
  eligible: number;
  acknowledge: Record<Severity, TargetCounts>;
  resolve: Record<Severity, TargetCounts>;
  ratings: { total: number; positive: number };
  protocol: { cases: number; scoreSum: number };
  /** Orders in the period; null when the point of sale sent none. */
  orders: number | null;
  /** Critical complaints of E that breached their resolve target. */
  criticalResolveBreaches: readonly string[];
}

export interface ComponentResult {
  score: number | null;
  numerator: number;
  denominator: number;
  sample: number;
  minimum: number;
  /** Why the component is absent, when it is. */
  absentReason: string | null;
}

export interface ScorecardResult {
  components: Record<ComponentName, ComponentResult>;
  overall: number | null;
  overallUnrounded: number | null;
  band: Band | null;
  /** The band before the critical-breach override, when the override changed it. */
  bandBeforeOverride: Band | null;
  overrideReason: string | null;
  provisional: boolean;
}

const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

function component(numerator: number, denominator: number, sample: number, minimum: number, what: string): ComponentResult {
  if (sample < minimum || denominator <= 0) {
    return { score: null, numerator, denominator, sample, minimum, absentReason: `${sample} ${what}, fewer than the ${minimum} required` };
  }
  return { score: (100 * numerator) / denominator, numerator, denominator, sample, minimum, absentReason: null };
}

/** Severity-weighted share of decided complaints that met the target. */
function weightedOnTime(counts: Record<Severity, TargetCounts>, rules: PolicyRules, minimum: number): ComponentResult {
  let numerator = 0;
  let denominator = 0;
  let sample = 0;
  for (const s of SEVERITIES) {
    numerator += rules.severityWeights[s] * counts[s].onTime;
    denominator += rules.severityWeights[s] * counts[s].decided;
    sample += counts[s].decided;
  }
  return component(numerator, denominator, sample, minimum, 'decided complaints');
}

/** 100 at or under the full-score rate, 0 at or over the zero-score rate, linear between (complaints per 1,000 orders). */
export function volumeScore(complaints: number, orders: number, bands: PolicyRules['volumeBands']): number {
  const rate = (1000 * complaints) / orders;
  if (rate <= bands.fullScoreAt) return 100;
  if (rate >= bands.zeroScoreAt) return 0;
  return (100 * (bands.zeroScoreAt - rate)) / (bands.zeroScoreAt - bands.fullScoreAt);
}

/** DOMAIN.md "Scorecard": the components, the overall, the band, the override and the provisional flag. */
export function computeScorecard(inputs: ScorecardInputs, rules: PolicyRules): ScorecardResult {
  const min = rules.minimumSamples;
  const orders = inputs.orders ?? 0;
  const volume: ComponentResult =
    orders < min.volumeOrders || orders <= 0
      ? { score: null, numerator: inputs.eligible, denominator: orders, sample: orders, minimum: min.volumeOrders, absentReason: `${orders} orders, fewer than the ${min.volumeOrders} required` }
      : { score: volumeScore(inputs.eligible, orders, rules.volumeBands), numerator: inputs.eligible, denominator: orders, sample: orders, minimum: min.volumeOrders, absentReason: null };
  const components: Record<ComponentName, ComponentResult> = {
    responsiveness: weightedOnTime(inputs.acknowledge, rules, min.responsiveness),
    resolution: weightedOnTime(inputs.resolve, rules, min.resolution),
    recovery: component(inputs.ratings.positive, inputs.ratings.total, inputs.ratings.total, min.recovery, 'follow-up ratings'),
    protocol:
      inputs.protocol.cases >= Math.max(1, min.protocol)
        ? { score: inputs.protocol.scoreSum / inputs.protocol.cases, numerator: inputs.protocol.scoreSum, denominator: inputs.protocol.cases, sample: inputs.protocol.cases, minimum: min.protocol, absentReason: null }
        : { score: null, numerator: inputs.protocol.scoreSum, denominator: inputs.protocol.cases, sample: inputs.protocol.cases, minimum: min.protocol, absentReason: `${inputs.protocol.cases} audited cases, fewer than the ${Math.max(1, min.protocol)} required` },
    volume,
  };
  const overall = overallScore(COMPONENTS.map((name) => ({ weight: rules.componentWeights[name], score: components[name].score })));
  const provisional = inputs.eligible < rules.enforcement.minEligibleComplaints;
  if (!overall) return { components, overall: null, overallUnrounded: null, band: null, bandBeforeOverride: null, overrideReason: null, provisional };
  const band = bandFor(overall.rounded, rules.thresholds);
  const breaches = inputs.criticalResolveBreaches.length;
  if (breaches > 0 && (band === 'good' || band === 'watch')) {
    return {
      components,
      overall: overall.rounded,
      overallUnrounded: overall.unrounded,
      band: 'warning',
      bandBeforeOverride: band,
      overrideReason: `${breaches} critical complaint(s) breached the resolve target`,
      provisional,
    };
  }
  return { components, overall: overall.rounded, overallUnrounded: overall.unrounded, band, bandBeforeOverride: null, overrideReason: null, provisional };
}
