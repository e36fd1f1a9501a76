import { ComplaintDetail, LocalizedText, Playbook, PlaybookStep, Recover } from '@franscore/domain';
import { compensationOutOfRange, playbookProgress } from '@franscore/scoring';

export type Language = keyof LocalizedText;

export interface GuideStep {
  readonly event: PlaybookStep['event'];
  readonly title: string;
  readonly detail: string;
  readonly state: 'done' | 'late' | 'missing';
  readonly next: boolean;
}

/** The playbook's steps as the complaint's timeline ticks them, in the reader's language. */
export function guideSteps(
  playbook: Playbook,
  complaint: ComplaintDetail,
  language: Language,
): GuideStep[] {
  const progress = playbookProgress(
    playbook.content.steps,
    new Date(complaint.receivedAt),
    complaint.events.map((e) => ({ type: e.type, at: new Date(e.at) })),
  );
  return progress.steps.map((s, i) => ({
    event: s.step.event,
    title: s.step.title[language],
    detail: s.step.detail[language],
    state: s.state,
    next: i === progress.next,
  }));
}

export interface RecoverDraft {
  readonly apology: string;
  readonly action: string;
  readonly kind: Playbook['content']['compensation']['kinds'][number] | null;
  readonly value: number | null;
  readonly reason: string;
}

/** The recovery form starts on the playbook's path: its first apology phrase, its first kind at its minimum. */
export function recoverDefaults(playbook: Playbook, language: Language): RecoverDraft {
  const { sayPhrases, compensation } = playbook.content;
  return {
    apology: sayPhrases[0]?.[language] ?? '',
    action: '',
    kind: compensation.kinds[0] ?? null,
    value: compensation.min,
    reason: '',
  };
}

/** Whether an offer needs a written reason: outside the playbook's kinds or range. */
export function needsReason(
  playbook: Playbook,
  kind: RecoverDraft['kind'],
  value: number | null,
): boolean {
  if (kind === null || value === null) return false;
  return compensationOutOfRange(playbook.content.compensation, { kind, value }) !== null;
}

/**
 * The body of POST /api/complaints/{id}/recover; null when the apology is
 * blank. Compensation goes only with a kind and a value; blanks are left out.
 */
export function toRecover(draft: RecoverDraft): Recover | null {
  const apology = draft.apology.trim();
  if (!apology) return null;
  const action = draft.action.trim();
  const reason = draft.reason.trim();
  const value = draft.value;
  const offer =
    draft.kind && value !== null && Number.isFinite(value) && value >= 0
      ? { kind: draft.kind, value, ...(reason ? { reason } : {}) }
      : null;
  return { apology, ...(action ? { action } : {}), ...(offer ? { compensation: offer } : {}) };
}
