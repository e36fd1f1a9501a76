import type { EventType, PlaybookStep } from '@franscore/domain';

export interface ProgressEvent {
  type: EventType;
  at: Date;
}

export interface StepState {
  step: PlaybookStep;
  state: 'done' | 'late' | 'missing';
  /** When the timeline first shows the step. */
  at: Date | null;
  dueAt: Date | null;
}

export interface PlaybookProgress {
  steps: StepState[];
  /** Index of the first step not on the timeline yet: the one to take now; null when all are done. */
  next: number | null;
}

/**
 * Ticks a playbook's steps from a complaint's timeline: a step is done by the
 * first event of its type, late when that event came after the step's
 * deadline (minutes after receipt), and missing while there is none. A
 * reopened complaint keeps what was done before: the steps were taken.
 */
export function playbookProgress(steps: readonly PlaybookStep[], receivedAt: Date, events: readonly ProgressEvent[]): PlaybookProgress {
  const out = steps.map((step): StepState => {
    const first = events.find((e) => e.type === step.event);
    const dueAt = step.withinMinutes === null ? null : new Date(receivedAt.getTime() + step.withinMinutes * 60_000);
    const at = first?.at ?? null;
    const state = !at ? 'missing' : dueAt && at > dueAt ? 'late' : 'done';
    return { step, state, at, dueAt };
  });
  const next = out.findIndex((s) => s.state === 'missing');
  return { steps: out, next: next < 0 ? null : next };
}

/** What an auditor looks at: the steps the timeline shows as missing or late. */
export function playbookGaps(steps: readonly PlaybookStep[], receivedAt: Date, events: readonly ProgressEvent[]): StepState[] {
  return playbookProgress(steps, receivedAt, events).steps.filter((s) => s.state !== 'done');
}
