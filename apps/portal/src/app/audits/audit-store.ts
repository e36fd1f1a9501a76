import { Injectable, computed, inject } from '@angular/core';
import { Audit, Criteria } from '@franscore/domain';
import { actionMessage } from '../http/action-message';
import { detailResource } from '../http/detail-resource';
import { AuditsApi } from './audits-api';

/** What the auditor asked of the audit; the case or finding it concerns, so the right form shows the outcome. */
export type AuditAction =
  | { readonly kind: 'score'; readonly caseId: string }
  | { readonly kind: 'finding' }
  | { readonly kind: 'photo'; readonly findingId: string }
  | { readonly kind: 'submit' }
  | { readonly kind: 'finalize' };

/** What a 409 means for each action: the audit moved on (someone submitted or finalized it). */
const CONFLICTS: Record<AuditAction['kind'], string> = {
  score: 'audits.errors.notDraft',
  finding: 'audits.errors.finalizedReadOnly',
  photo: 'audits.errors.finalizedReadOnly',
  submit: 'audits.errors.unscored',
  finalize: 'audits.errors.notSubmitted',
};

/** One audit: its cases and findings, and every step of scoring, submitting and finalizing it. */
@Injectable()
export class AuditStore {
  readonly #api = inject(AuditsApi);
  readonly #audit = detailResource<Audit, AuditAction>((id) => this.#api.get(id));

  readonly loading = this.#audit.loading;
  readonly audit = this.#audit.value;
  readonly loadError = this.#audit.loadError;
  readonly pending = this.#audit.pending;
  readonly busy = this.#audit.busy;
  readonly failed = this.#audit.failed;
  readonly done = this.#audit.done;
  readonly actionMessage = computed(() => {
    const error = this.#audit.actionError();
    const failed = this.#audit.failed();
    return error && failed
      ? actionMessage(error, {
          conflict: CONFLICTS[failed.kind],
          tooLarge: 'audits.photo.tooLarge',
        })
      : null;
  });
  readonly unscored = computed(() => this.audit()?.cases.filter((c) => !c.scored).length ?? 0);

  show(id: string): void {
    this.#audit.show(id);
  }

  retry(): void {
    this.#audit.retry();
  }

  scoreCase(caseId: string, criteria: Criteria, notes: string): Promise<boolean> {
    const trimmed = notes.trim();
    return this.#audit.act({ kind: 'score', caseId }, (id) =>
      this.#api.scoreCase(id, caseId, trimmed ? { criteria, notes: trimmed } : { criteria }),
    );
  }

  addFinding(text: string): Promise<boolean> {
    return this.#audit.act({ kind: 'finding' }, (id) => this.#api.addFinding(id, text.trim()));
  }

  addPhoto(findingId: string, photo: File): Promise<boolean> {
    return this.#audit.act({ kind: 'photo', findingId }, (id) =>
      this.#api.addPhoto(id, findingId, photo),
    );
  }

  submit(): Promise<boolean> {
    return this.#audit.act({ kind: 'submit' }, (id) => this.#api.submit(id));
  }

  finalize(): Promise<boolean> {
    return this.#audit.act({ kind: 'finalize' }, (id) => this.#api.finalize(id));
  }
}
