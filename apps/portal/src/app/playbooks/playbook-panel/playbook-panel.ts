import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { COMPENSATION_KINDS, ComplaintDetail } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { distinctUntilChanged, map } from 'rxjs';
import { ComplaintStore } from '../../complaints/complaint-store';
import { remoteSignal } from '../../http/remote-signal';
import { LanguageStore } from '../../i18n/language-store';
import {
  guideSteps,
  needsReason,
  recoverDefaults,
  RecoverDraft,
  toRecover,
} from '../playbook-guide';
import { PlaybooksApi } from '../playbooks-api';

/**
 * The protocol at the moment of failure, beside the complaint: the playbook's
 * steps ticked from the timeline with the next one marked, what to say and not
 * to say, whom to call in, the compensation that fits, and the one action that
 * records the recovery on the playbook's path.
 */
@Component({
  selector: 'fs-playbook-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './playbook-panel.html',
  styleUrl: './playbook-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaybookPanel {
  readonly #api = inject(PlaybooksApi);
  protected readonly store = inject(ComplaintStore);
  protected readonly language = inject(LanguageStore).active;

  readonly complaint = input.required<ComplaintDetail>();

  /** Fetched again only when the category or severity changes, not at every recorded step. */
  readonly #playbook = remoteSignal(
    toObservable(computed(() => `${this.complaint().category}/${this.complaint().severity}`)).pipe(
      distinctUntilChanged(),
      map(() => this.complaint()),
    ),
    (c) => this.#api.match(c.category, c.severity),
  );
  protected readonly playbook = computed(() => this.#playbook().value);
  protected readonly missing = computed(() => this.#playbook().error?.status === 404);
  protected readonly steps = computed(() => {
    const playbook = this.playbook();
    return playbook ? guideSteps(playbook, this.complaint(), this.language()) : [];
  });
  /** The recovery is offered while an apology may still be recorded (the server's nextSteps). */
  protected readonly canRecover = computed(() => this.complaint().nextSteps.includes('apologized'));

  protected readonly kinds = COMPENSATION_KINDS;
  protected readonly form = new FormGroup({
    apology: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(2000)],
    }),
    action: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
    kind: new FormControl<RecoverDraft['kind']>(null),
    value: new FormControl<number | null>(null, [Validators.min(0), Validators.max(1_000_000)]),
    reason: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
  });
  /** The raw value as a signal, so the reason field follows the kind and value typed. */
  readonly #draft = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly reasonNeeded = computed(() => {
    const playbook = this.playbook();
    const { kind, value } = this.#draft();
    return !!playbook && needsReason(playbook, kind, value);
  });

  constructor() {
    // The form starts on the playbook's path, in the reader's language.
    effect(() => {
      const playbook = this.playbook();
      if (playbook) this.form.reset(recoverDefaults(playbook, this.language()));
    });
  }

  protected async recover(): Promise<void> {
    const recovery = toRecover(this.form.getRawValue());
    if (!recovery || (this.reasonNeeded() && !this.form.controls.reason.value.trim())) {
      this.form.markAllAsTouched();
      if (this.reasonNeeded()) this.form.controls.reason.setErrors({ required: true });
      return;
    }
    await this.store.recover(recovery);
  }
}
