import {
  COMPENSATION_KINDS,
  EventType,
  HANDLING_EVENT_TYPES,
  HandlingEventType,
  RecordEvent,
} from '@franscore/domain';

export type CompensationKind = (typeof COMPENSATION_KINDS)[number];

export interface Compensation {
  readonly kind: CompensationKind | null;
  readonly value: number | null;
}

/** nextSteps is typed as every event type; only handling steps become buttons. */
export function handlingSteps(steps: readonly EventType[]): HandlingEventType[] {
  return steps.filter((step): step is HandlingEventType =>
    (HANDLING_EVENT_TYPES as readonly string[]).includes(step),
  );
}

/**
 * The body of POST /api/complaints/{id}/events. A blank note is left out;
 * kind and value go only with a compensation, which needs both (null when missing).
 */
export function toRecordEvent(
  type: HandlingEventType,
  note: string,
  compensation?: Compensation,
): RecordEvent | null {
  const trimmed = note.trim();
  const base = trimmed ? { type, note: trimmed } : { type };
  if (type !== 'compensation_offered') return base;
  const value = compensation?.value;
  if (
    !compensation?.kind ||
    value === null ||
    value === undefined ||
    !Number.isFinite(value) ||
    value < 0
  )
    return null;
  return { ...base, kind: compensation.kind, value };
}
