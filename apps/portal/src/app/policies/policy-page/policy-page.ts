import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, map } from 'rxjs';
import { AuthStore } from '../../auth/auth-store';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { Confirmer } from '../../ui/confirmer';
import { ErrorBanner } from '../../ui/error-banner';
import { shiftPeriod, toPeriod } from '../../ui/period';
import { weightsOffOne } from '../policy-checks';
import { POLICY_FIELDS, formToRules, rulesToForm } from '../policy-form';
import { PolicyStore } from '../policy-store';
import { PolicyRulesForm, RulesForm } from './policy-rules-form';
import { SimulatorPanel } from './simulator-panel';

/** Typing in a number field should not re-score the network on every key. */
const SIMULATE_DEBOUNCE_MS = 300;

@Component({
  selector: 'fs-policy-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorBanner,
    PolicyRulesForm,
    SimulatorPanel,
  ],
  providers: [PolicyStore],
  templateUrl: './policy-page.html',
  styleUrl: './policy-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyPage {
  protected readonly store = inject(PolicyStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #confirmer = inject(Confirmer);
  protected readonly errorMessageKey = errorMessageKey;

  /** The policy id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly name = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(200)],
  });
  protected readonly rules: RulesForm = new FormGroup(
    Object.fromEntries(POLICY_FIELDS.map((f) => [f.path, new FormControl<number | null>(null)])),
  );
  /** The first day of next month: policies usually start with a period. */
  protected readonly effectiveFrom = new FormControl(`${shiftPeriod(toPeriod(new Date()), 1)}-01`, {
    nonNullable: true,
    validators: Validators.required,
  });

  readonly #values = toSignal(this.rules.valueChanges.pipe(map(() => this.rules.getRawValue())), {
    initialValue: this.rules.getRawValue(),
  });
  protected readonly result = computed(() => formToRules(this.#values()));
  /** Weights that do not add up to 1 still score (the overall divides by their sum) but read wrong. */
  protected readonly weightSum = computed(() => weightsOffOne(this.result().rules));
  protected readonly errors = computed(() => ({
    ...this.store.serverErrors(),
    ...(this.result().errors ?? {}),
  }));
  readonly #debouncedRules = toSignal(
    this.rules.valueChanges.pipe(
      debounceTime(SIMULATE_DEBOUNCE_MS),
      map(() => formToRules(this.rules.getRawValue()).rules),
    ),
    { initialValue: undefined },
  );

  protected readonly editable = computed(
    () => this.#auth.user()?.role === 'admin' && this.store.policy()?.status === 'draft',
  );
  protected readonly canSimulate = computed(() => {
    const role = this.#auth.user()?.role;
    return role === 'admin' || role === 'auditor';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.show(id));
    });
    // The server's copy fills the form (on load, and with what a save stored).
    effect(() => {
      const policy = this.store.policy();
      const editable = this.editable();
      if (!policy) return;
      untracked(() => {
        this.name.setValue(policy.name);
        this.rules.setValue(rulesToForm(policy.rules));
        this.store.simulateDraft(policy.rules);
        for (const control of [this.name, this.rules, this.effectiveFrom]) {
          if (editable) control.enable();
          else control.disable();
        }
      });
    });
    // Undefined until the first edit; null while the draft has errors, which the simulator says.
    effect(() => {
      const rules = this.#debouncedRules();
      if (rules !== undefined) untracked(() => this.store.simulateDraft(rules));
    });
  }

  protected async save(): Promise<void> {
    const rules = this.result().rules;
    if (!rules || this.name.invalid) {
      this.name.markAsTouched();
      return;
    }
    await this.store.save(this.name.value, rules);
  }

  protected async publish(): Promise<void> {
    if (this.effectiveFrom.invalid || this.result().rules === null) return;
    const date = this.effectiveFrom.value;
    if (await this.#confirmer.ask('policies.confirmPublish', { date }))
      await this.store.publish(date);
  }
}
