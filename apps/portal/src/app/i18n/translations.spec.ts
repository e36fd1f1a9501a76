import {
  ALERT_KINDS,
  AUDIT_STATUSES,
  BANDS,
  CASE_LEVELS,
  CASE_OUTCOMES,
  COMPONENT_NAMES,
  CRITERIA,
  CapSchema,
  AppealSchema,
  REVIEW_DECISIONS,
  ReviewSchema,
  PolicySchema,
  CATEGORIES,
  CHANNELS,
  COMPENSATION_KINDS,
  COMPLAINT_STATUSES,
  ComplaintSummarySchema,
  DISPUTE_REASONS,
  EVENT_TYPES,
  HANDLING_EVENT_TYPES,
  LOCATION_STATUSES,
  ROLES,
  SCORECARD_STANDINGS,
  SEVERITIES,
  SlaStateSchema,
} from '@franscore/domain';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CRITERION_CHOICES } from '../audits/case-criteria';
import { COMPLAINT_SORTS, SLA_FILTERS } from '../complaints/complaint-filters';
import { STEP_REFUSALS } from '../complaints/complaint-state';
import { CASE_STATUSES } from '../enforcement/case-filters';
import { HISTORY_ACTIONS } from '../enforcement/case-permissions';
import { INBOX_KINDS } from '../inbox/inbox-item';
import { MATRIX_COLUMNS } from '../league/band-matrix';
import { LEAGUE_SORTS } from '../league/league-filters';
import { POLICY_FIELDS, POLICY_GROUPS } from '../policies/policy-form';
import { BREACH_KINDS } from '../scorecards/scorecard-view';
import { LOCATION_SORTS } from '../network/location-filters';
import { PLURAL_FORMS } from '../ui/plural';
import { LANGUAGES } from './language';

const SRC = join(__dirname, '..', '..');
const I18N = join(SRC, 'assets', 'i18n');

type Tree = { [key: string]: string | Tree };

function load(language: string): Tree {
  return JSON.parse(readFileSync(join(I18N, `${language}.json`), 'utf8')) as Tree;
}

/** Every leaf as a dotted key, with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [k, v] of leaves(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : sourceFiles(path);
    const source =
      ['.ts', '.html'].includes(extname(entry.name)) && !entry.name.endsWith('.spec.ts');
    return source ? [path] : [];
  });
}

interface KeyUse {
  key: string;
  file: string;
}

/**
 * Keys the code uses: literals piped to `transloco`, passed to `translate(...)` or `t(...)`,
 * and any other literal shaped like a key under one of the top-level sections
 * (route titles, navigation labels, ternaries in front of the pipe).
 */
function usedKeys(sections: Set<string>): KeyUse[] {
  const explicit = [/'([^'\s]+)'\s*\|\s*transloco/g, /\b(?:translate|t)\(\s*'([^'\s]+)'/g];
  const keyShaped = /'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g;
  return sourceFiles(SRC).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const file = relative(SRC, path);
    const found = explicit.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
    const shaped = [...text.matchAll(keyShaped)]
      .map((m) => m[1])
      .filter((key) => sections.has(key.split('.')[0]));
    return [...new Set([...found, ...shaped])].map((key) => ({ key, file }));
  });
}

describe('translations', () => {
  const en = leaves(load('en'));

  it.each(LANGUAGES.filter((language) => language !== 'en').map((language) => ({ language })))(
    '$language has exactly the keys of en',
    ({ language }) => {
      const other = leaves(load(language));
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    },
  );

  it.each(LANGUAGES.map((language) => ({ language })))(
    '$language has no empty or non-text values',
    ({ language }) => {
      const bad = [...leaves(load(language))].filter(
        ([, value]) => typeof value !== 'string' || value.trim() === '',
      );
      expect(bad).toEqual([]);
    },
  );

  it.each(LANGUAGES.map((language) => ({ language })))(
    '$language keeps the same {{params}} as en',
    ({ language }) => {
      const params = (value: unknown) =>
        [...String(value).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      const other = leaves(load(language));
      const mismatched = [...en].filter(
        ([key, value]) => params(value).join() !== params(other.get(key)).join(),
      );
      expect(mismatched.map(([key]) => key)).toEqual([]);
    },
  );

  it.each(LANGUAGES.map((language) => ({ language })))(
    '$language has no "(s)" plural: a counted phrase carries its plural forms',
    ({ language }) => {
      const lazy = [...leaves(load(language))].filter(([, value]) => /\w\(s\)|\(ы\)|\(ов\)/.test(String(value)));
      expect(lazy.map(([key]) => key)).toEqual([]);
    },
  );

  it('has every key the portal uses', () => {
    const sections = new Set(Object.keys(load('en')));
    const uses = usedKeys(sections);
    // The scan must keep finding the templates' keys; an empty result would pass vacuously.
    expect(uses.length).toBeGreaterThan(40);
    // A counted phrase is used by its base key; each of its plural forms is a leaf.
    const isPlural = (key: string) => PLURAL_FORMS.every((form) => en.has(`${key}.${form}`));
    expect(uses.filter(({ key }) => !en.has(key) && !isPlural(key))).toEqual([]);
  });

  it('has the keys built at run time from domain values', () => {
    const dynamic = [
      ...ROLES.map((role) => `roles.${role}`),
      ...LOCATION_STATUSES.map((status) => `network.statuses.${status}`),
      ...LOCATION_SORTS.map((sort) => `network.sort.${sort}`),
      ...LANGUAGES.map((language) => `language.${language}`),
      ...COMPLAINT_STATUSES.map((status) => `complaints.statuses.${status}`),
      ...SEVERITIES.map((severity) => `complaints.severities.${severity}`),
      ...CATEGORIES.map((category) => `complaints.categories.${category}`),
      ...CHANNELS.map((channel) => `complaints.channels.${channel}`),
      ...SlaStateSchema.options.map((state) => `complaints.sla.${state}`),
      ...SLA_FILTERS.map((sla) => `complaints.slaFilters.${sla}`),
      ...COMPLAINT_SORTS.map((sort) => `complaints.sort.${sort}`),
      ...ComplaintSummarySchema.shape.disputed.options.map((d) => `complaints.disputed.${d}`),
      ...DISPUTE_REASONS.map((reason) => `complaints.disputeReasons.${reason}`),
      ...COMPENSATION_KINDS.map((kind) => `complaints.compensationKinds.${kind}`),
      ...EVENT_TYPES.map((type) => `complaints.events.${type}`),
      ...HANDLING_EVENT_TYPES.map((type) => `complaints.steps.${type}`),
      ...ALERT_KINDS.map((kind) => `alerts.kinds.${kind}`),
      ...STEP_REFUSALS.map((reason) => `complaints.refusals.${reason}`),
      ...BANDS.map((band) => `bands.${band}`),
      ...MATRIX_COLUMNS.map((column) => `bands.${column}`),
      ...COMPONENT_NAMES.map((name) => `scorecards.componentNames.${name}`),
      ...BREACH_KINDS.map((kind) => `scorecards.breaches.${kind}`),
      ...SCORECARD_STANDINGS.map((standing) => `scorecards.standing.${standing}`),
      ...SCORECARD_STANDINGS.filter((s) => s !== 'official').map(
        (s) => `scorecards.standingExplained.${s}`,
      ),
      ...['running', 'done', 'failed'].map((status) => `scorecards.recompute.${status}`),
      ...LEAGUE_SORTS.map((sort) => `league.sort.${sort}`),
      ...['up', 'down', 'same', 'none'].map((direction) => `league.change.${direction}`),
      ...AUDIT_STATUSES.map((status) => `audits.statuses.${status}`),
      ...CRITERIA.map((criterion) => `audits.criteriaNames.${criterion}`),
      ...CRITERIA.map((criterion) => `audits.criteriaHints.${criterion}`),
      ...CRITERION_CHOICES.map((choice) => `audits.choices.${choice}`),
      ...['finding', 'photo', 'submit', 'finalize'].map((kind) => `audits.done.${kind}`),
      ...['type', 'size', 'empty'].map((problem) => `audits.photo.${problem}`),
      ...['type', 'size', 'empty'].map((problem) => `complaintForm.photo.${problem}`),
      ...CASE_LEVELS.map((level) => `enforcement.levels.${level}`),
      ...CASE_OUTCOMES.map((outcome) => `enforcement.outcomes.${outcome}`),
      ...CASE_STATUSES.map((status) => `enforcement.statuses.${status}`),
      ...HISTORY_ACTIONS.map((action) => `enforcement.history.${action}`),
      ...['close', 'extend', 'dismiss'].map((outcome) => `enforcement.closureOutcomes.${outcome}`),
      ...AppealSchema.shape.status.options.map(
        (status) => `enforcement.appeals.statuses.${status}`,
      ),
      ...CapSchema.shape.status.options.map((status) => `enforcement.plans.statuses.${status}`),
      ...[
        'escalate',
        'lift',
        'submitPlan',
        'reviewPlan',
        'completeAction',
        'appeal',
        'ruleAppeal',
        'recommend',
        'decide',
      ].map((kind) => `enforcement.done.${kind}`),
      ...INBOX_KINDS.map((kind) => `inbox.kinds.${kind}`),
      ...POLICY_GROUPS.map((group) => `policies.groups.${group.name}`),
      ...POLICY_FIELDS.map((field) => `policies.fields.${field.path}`),
      ...PolicySchema.shape.status.options.map((status) => `policies.statuses.${status}`),
      ...['save', 'publish'].map((action) => `policies.done.${action}`),
      ...ReviewSchema.shape.status.options.map((status) => `reviews.statuses.${status}`),
      ...REVIEW_DECISIONS.map((decision) => `reviews.decisions.${decision}`),
      // Confirmer.ask(key) shows key, keyTitle and keyMessage.
      ...[
        'scorecards.confirmFinalize',
        'audits.confirm.submit',
        'audits.confirm.finalize',
        'policies.confirmPublish',
        'reviews.confirmFinish',
        'enforcement.confirm.escalate',
        'enforcement.confirm.lift',
        'enforcement.confirm.decide',
      ].flatMap((key) => [key, `${key}Title`, `${key}Message`]),
    ];
    expect(dynamic.filter((key) => !en.has(key))).toEqual([]);
  });
});
