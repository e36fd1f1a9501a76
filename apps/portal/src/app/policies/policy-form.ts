import { PolicyRules, PolicyRulesSchema } from '@franscore/domain';
import { Message } from '../http/action-message';

/** A fieldset of the editor; `path` is the rules' object it edits, where a cross-field error lands. */
export interface PolicyGroup {
  readonly name: string;
  readonly path: string;
  readonly fields: readonly PolicyField[];
}

export interface PolicyField {
  /** Dotted path into PolicyRules, e.g. `thresholds.watch`; also the 400's `details[].field` after `rules.`. */
  readonly path: string;
  readonly integer: boolean;
  readonly min: number;
  readonly max: number | null;
  readonly step: number;
}

const SEVERITY_KEYS = ['minor', 'major', 'critical'] as const;
const COMPONENT_KEYS = ['responsiveness', 'resolution', 'recovery', 'protocol', 'volume'] as const;
const MAX_MINUTES = 60 * 24 * 60;

const field = (
  path: string,
  integer: boolean,
  min: number,
  max: number | null,
  step = integer ? 1 : 0.01,
) => ({
  path,
  integer,
  min,
  max,
  step,
});

/** Every rule of DOMAIN.md's scoring policy, grouped as the editor shows them. */
export const POLICY_GROUPS: readonly PolicyGroup[] = [
  {
    name: 'slaAcknowledge',
    path: 'slaMinutes.acknowledge',
    fields: SEVERITY_KEYS.map((s) => field(`slaMinutes.acknowledge.${s}`, true, 1, MAX_MINUTES)),
  },
  {
    name: 'slaResolve',
    path: 'slaMinutes.resolve',
    fields: SEVERITY_KEYS.map((s) => field(`slaMinutes.resolve.${s}`, true, 1, MAX_MINUTES)),
  },
  {
    name: 'severityWeights',
    path: 'severityWeights',
    fields: SEVERITY_KEYS.map((s) => field(`severityWeights.${s}`, false, 0, 100)),
  },
  {
    name: 'componentWeights',
    path: 'componentWeights',
    fields: COMPONENT_KEYS.map((c) => field(`componentWeights.${c}`, false, 0, 100)),
  },
  {
    name: 'minimumSamples',
    path: 'minimumSamples',
    fields: ['responsiveness', 'resolution', 'recovery', 'protocol', 'volumeOrders'].map((k) =>
      field(`minimumSamples.${k}`, true, 0, null),
    ),
  },
  {
    name: 'volumeBands',
    path: 'volumeBands',
    fields: ['fullScoreAt', 'zeroScoreAt'].map((k) => field(`volumeBands.${k}`, false, 0, null)),
  },
  {
    name: 'thresholds',
    path: 'thresholds',
    fields: ['watch', 'warning', 'closure'].map((k) =>
      field(`thresholds.${k}`, false, 0, 100, 0.1),
    ),
  },
  {
    name: 'audits',
    path: 'auditIntervalDays',
    fields: [field('auditIntervalDays', true, 1, 3650)],
  },
  {
    name: 'enforcement',
    path: 'enforcement',
    fields: (
      [
        ['cureDays', 1, 365],
        ['capDueDays', 1, 365],
        ['strikesForClosureReview', 1, 50],
        ['strikeWindowDays', 1, 3650],
        ['minEligibleComplaints', 0, null],
      ] as const
    ).map(([key, min, max]) => field(`enforcement.${key}`, true, min, max)),
  },
];

export const POLICY_FIELDS: readonly PolicyField[] = POLICY_GROUPS.flatMap((group) => group.fields);

/** The form's values, one number per field path; null where the input is empty or not a number. */
export type PolicyFormValues = Record<string, number | null>;

export type FieldErrors = Readonly<Record<string, Message>>;

export type FormResult =
  | { readonly rules: PolicyRules; readonly errors: null }
  | { readonly rules: null; readonly errors: FieldErrors };

type Tree = { [key: string]: Tree | number | null };

function read(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      tree,
    );
}

export function rulesToForm(rules: PolicyRules): PolicyFormValues {
  return Object.fromEntries(
    POLICY_FIELDS.map(({ path }) => {
      const value = read(rules, path);
      return [path, typeof value === 'number' ? value : null];
    }),
  );
}

/** Where a cross-field rule of PolicyRulesSchema puts its issue, and how the editor says it. */
const CUSTOM_KEYS: readonly (readonly [RegExp, string])[] = [
  [/^thresholds\.watch$/, 'policies.errors.watchAboveWarning'],
  [/^thresholds\.warning$/, 'policies.errors.warningAboveClosure'],
  [/^volumeBands\.zeroScoreAt$/, 'policies.errors.zeroAboveFull'],
  [/^componentWeights$/, 'policies.errors.weightsPositive'],
  [/^slaMinutes\.resolve\./, 'policies.errors.resolveNotShorter'],
];

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}

function issueMessage(issue: Issue, path: string): Message {
  switch (issue.code) {
    case 'too_small':
      return { key: 'policies.errors.min', params: { min: String(issue.minimum) } };
    case 'too_big':
      return { key: 'policies.errors.max', params: { max: String(issue.maximum) } };
    case 'invalid_type':
      return issue.expected === 'int'
        ? { key: 'policies.errors.integer', params: {} }
        : { key: 'policies.errors.number', params: {} };
    case 'custom': {
      const key = CUSTOM_KEYS.find(([pattern]) => pattern.test(path))?.[1];
      return { key: key ?? 'policies.errors.invalid', params: {} };
    }
    default:
      return { key: 'policies.errors.invalid', params: {} };
  }
}

/**
 * The form as PolicyRules, checked with the same schema the API uses, so a
 * draft that passes here is one the server takes; otherwise the problems,
 * keyed by field path (or group path for a rule across fields). The first
 * problem of a field is the one shown.
 */
export function formToRules(values: PolicyFormValues): FormResult {
  const tree: Tree = {};
  for (const { path } of POLICY_FIELDS) {
    const keys = path.split('.');
    let node = tree;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Tree;
    const value = values[path];
    node[keys[keys.length - 1]] =
      typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  const parsed = PolicyRulesSchema.safeParse(tree);
  if (parsed.success) return { rules: parsed.data, errors: null };
  const errors: Record<string, Message> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issueMessage(issue as Issue, path);
  }
  return { rules: null, errors };
}

/** A 400 from PATCH names fields as `rules.thresholds.watch`: the same paths, the server's words. */
export function serverFieldErrors(
  details: readonly { field: string; message: string }[],
): FieldErrors {
  const errors: Record<string, Message> = {};
  for (const detail of details) {
    const path = detail.field.replace(/^rules\./, '');
    errors[path] ??= { key: 'policies.errors.server', params: { message: detail.message } };
  }
  return errors;
}
