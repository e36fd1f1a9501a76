import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { AuditCase, CRITERIA, Criterion } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlaybookGaps } from '../../playbooks/playbook-gaps';
import { ScorePipe } from '../../ui/score.pipe';
import { AuditStore } from '../audit-store';
import {
  CRITERION_CHOICES,
  CriteriaDraft,
  CriterionChoice,
  draftFromCase,
  isComplete,
  liveCaseScore,
  toCriteria,
} from '../case-criteria';

/**
 * One sampled complaint and its seven criteria, each a radio group (0, 1, 2,
 * N/A) in a fieldset with a legend, large enough for a finger on a tablet.
 * The case score updates as the auditor answers.
 */
@Component({
  selector: 'fs-audit-case',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslocoPipe,
    ScorePipe,
    PlaybookGaps,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-case.html',
  styleUrl: './audit-case.css',
})
export class AuditCaseForm {
  protected readonly store = inject(AuditStore);
  readonly auditCase = input.required<AuditCase>();
  readonly editable = input.required<boolean>();
  readonly language = input.required<string>();

  protected readonly criteria = CRITERIA;
  protected readonly choices = CRITERION_CHOICES;
  protected readonly draft = signal<CriteriaDraft>({});
  protected readonly notes = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(4000),
  });
  protected readonly score = computed(() => liveCaseScore(this.draft()));
  protected readonly complete = computed(() => isComplete(this.draft()));
  protected readonly id = computed(() => `case-${this.auditCase().position}`);
  protected readonly saved = computed(() => {
    const done = this.store.done();
    return done?.kind === 'score' && done.caseId === this.auditCase().id;
  });
  protected readonly saving = computed(() => {
    const pending = this.store.pending();
    return pending?.kind === 'score' && pending.caseId === this.auditCase().id;
  });

  /**
   * What the server holds for this case, as text: every save answers the whole
   * audit, and only a change to this case may replace this case's unsaved answers.
   */
  readonly #serverCopy = computed(() =>
    JSON.stringify([this.auditCase().criteria, this.auditCase().notes]),
  );

  constructor() {
    effect(() => {
      this.#serverCopy();
      untracked(() => {
        const auditCase = this.auditCase();
        this.draft.set(draftFromCase(auditCase));
        this.notes.setValue(auditCase.notes ?? '');
      });
    });
  }

  protected choose(criterion: Criterion, choice: CriterionChoice): void {
    this.draft.update((draft) => ({ ...draft, [criterion]: choice }));
  }

  protected chosen(criterion: Criterion): CriterionChoice | null {
    return this.draft()[criterion] ?? null;
  }

  protected async save(): Promise<void> {
    const criteria = toCriteria(this.draft());
    if (!criteria || this.notes.invalid) return;
    await this.store.scoreCase(this.auditCase().id, criteria, this.notes.value);
  }
}
