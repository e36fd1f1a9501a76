import { z } from 'zod';
import { CategorySchema, CompensationKindSchema, HANDLING_EVENT_TYPES } from './complaints';
import { SeveritySchema } from './policy';

/** DOMAIN.md "Playbooks": one per category and severity; `*` serves every severity without its own. */
export const PLAYBOOK_SEVERITIES = ['*', ...SeveritySchema.options] as const;
export const PlaybookSeveritySchema = z.enum(PLAYBOOK_SEVERITIES);
export type PlaybookSeverity = z.infer<typeof PlaybookSeveritySchema>;

/** Every text of a playbook is written in both languages of the portal. */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().trim().min(1).max(1000),
  ru: z.string().trim().min(1).max(1000),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Steps are ticked by the first timeline event of their type; waiting and reopening tick nothing. */
export const PLAYBOOK_STEP_EVENTS = HANDLING_EVENT_TYPES.filter(
  (t) => t !== 'waiting_on_customer' && t !== 'customer_replied' && t !== 'reopened',
);
export const PlaybookStepSchema = z.strictObject({
  event: z.enum(PLAYBOOK_STEP_EVENTS),
  title: LocalizedTextSchema,
  detail: LocalizedTextSchema,
  /** Minutes after receipt by which the step should be on the timeline; later is late. */
  withinMinutes: z.number().int().min(1).max(60 * 24 * 60).nullable(),
});
export type PlaybookStep = z.infer<typeof PlaybookStepSchema>;

export const CompensationRangeSchema = z
  .strictObject({
    kinds: z.array(CompensationKindSchema).min(1).max(5),
    min: z.number().min(0).max(1_000_000),
    max: z.number().min(0).max(1_000_000),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
  })
  .refine((c) => c.min <= c.max, { path: ['max'], message: 'at least min' });
export type CompensationRange = z.infer<typeof CompensationRangeSchema>;

export const PlaybookContentSchema = z.strictObject({
  steps: z.array(PlaybookStepSchema).min(1).max(12),
  sayPhrases: z.array(LocalizedTextSchema).min(1).max(10),
  avoidPhrases: z.array(LocalizedTextSchema).max(10),
  callIn: z.array(LocalizedTextSchema).max(6),
  compensation: CompensationRangeSchema,
});
export type PlaybookContent = z.infer<typeof PlaybookContentSchema>;

export const PlaybookSchema = z.object({
  id: z.uuid(),
  category: CategorySchema,
  severity: PlaybookSeveritySchema,
  /** Per category and severity, from 1; null while a draft. */
  version: z.number().int().nullable(),
  status: z.enum(['draft', 'published']),
  content: PlaybookContentSchema,
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type Playbook = z.infer<typeof PlaybookSchema>;
export const PlaybookListSchema = z.array(PlaybookSchema);

export const CreatePlaybookSchema = z.strictObject({
  category: CategorySchema,
  severity: PlaybookSeveritySchema,
  /** Absent: a copy of the playbook that serves this category and severity now. */
  content: PlaybookContentSchema.optional(),
});
export type CreatePlaybook = z.infer<typeof CreatePlaybookSchema>;
export const UpdatePlaybookSchema = z.strictObject({ content: PlaybookContentSchema });
export type UpdatePlaybook = z.infer<typeof UpdatePlaybookSchema>;

export const PlaybookMatchQuerySchema = z.strictObject({ category: CategorySchema, severity: SeveritySchema });
export type PlaybookMatchQuery = z.infer<typeof PlaybookMatchQuerySchema>;

/** A step as the timeline shows it: done in time, done late, or not (yet) done. */
export const StepProgressSchema = z.object({
  event: z.enum(PLAYBOOK_STEP_EVENTS),
  title: LocalizedTextSchema,
  state: z.enum(['done', 'late', 'missing']),
  at: z.string().nullable(),
  dueAt: z.string().nullable(),
});
export type StepProgress = z.infer<typeof StepProgressSchema>;

const note = z.string().trim().min(1).max(2000);

/**
 * One action for the playbook's path (POST /api/complaints/{id}/recover):
 * acknowledge if not yet, apologize, and optionally say what was done and
 * offer compensation, each as its own timeline event.
 */
export const RecoverSchema = z.strictObject({
  apology: note,
  action: note.optional(),
  compensation: z
    .strictObject({
      kind: CompensationKindSchema,
      value: z.number().min(0).max(1_000_000),
      /** Required when the value or kind is outside the playbook's range. */
      reason: note.optional(),
    })
    .optional(),
});
export type Recover = z.infer<typeof RecoverSchema>;
