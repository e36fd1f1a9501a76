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
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { interval, map } from 'rxjs';
import { AuthStore } from '../../auth/auth-store';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { Confirmer } from '../../ui/confirmer';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { Deadline } from '../../ui/deadline';
import { ErrorBanner } from '../../ui/error-banner';
import { CaseActionKind, caseActions } from '../case-permissions';
import { CaseStore } from '../case-store';
import { ClosureOutcome, noticeUrl } from '../enforcement-api';
import { CapForm } from './cap-form';
import { CaseHistory } from './case-history';
import { PlansPanel } from './plans-panel';
import { ReasonAct, ReasonButton, ReasonChoice, ReasonForm } from './reason-form';

const OUTCOMES: readonly ReasonChoice[] = (['close', 'extend', 'dismiss'] as const).map(
  (value) => ({
    value,
    labelKey: `enforcement.closureOutcomes.${value}`,
  }),
);
const isOutcome = (value: string | null): value is ClosureOutcome =>
  value === 'close' || value === 'extend' || value === 'dismiss';

/** One enforcement case: where it stands, its deadlines and documents, its history, and what the viewer may do now. */
@Component({
  selector: 'fs-case-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateTimePipe,
    Deadline,
    ErrorBanner,
    CapForm,
    CaseHistory,
    PlansPanel,
    ReasonForm,
  ],
  providers: [CaseStore],
  templateUrl: './case-page.html',
  styleUrl: './case-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePage {
  protected readonly store = inject(CaseStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #confirmer = inject(Confirmer);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly outcomes = OUTCOMES;

  /** The case id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly now = toSignal(interval(60_000).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });
  protected readonly noticeUrl = computed(() => noticeUrl(this.id(), this.language()));
  readonly #allowed = computed(() => {
    const c = this.store.enforcementCase();
    return new Set(c ? caseActions(this.#auth.user()?.role, c) : []);
  });
  /** The scorecards the history names, newest first, once each. */
  protected readonly scorecards = computed(() => [
    ...new Set(
      (this.store.enforcementCase()?.history ?? [])
        .map((event) => event.scorecardId)
        .filter((id): id is string => id !== null)
        .reverse(),
    ),
  ]);
  protected readonly pendingAppeal = computed(
    () => this.store.enforcementCase()?.appeals.some((a) => a.status === 'pending') ?? false,
  );

  protected readonly manualButtons: readonly ReasonButton[] = [
    { value: 'escalate', labelKey: 'enforcement.manual.escalate', appearance: 'outlined' },
    { value: 'lift', labelKey: 'enforcement.manual.lift', appearance: 'outlined' },
  ];
  /** Lift stays offered at a closure review, where escalating is no longer possible. */
  protected readonly manualOffered = computed(() =>
    this.manualButtons.filter((button) => this.#allowed().has(button.value as CaseActionKind)),
  );
  protected readonly appealButtons: readonly ReasonButton[] = [
    { value: 'appeal', labelKey: 'enforcement.appeals.file', appearance: 'filled' },
  ];
  protected readonly rulingButtons: readonly ReasonButton[] = [
    { value: 'upheld', labelKey: 'enforcement.appeals.uphold', appearance: 'filled' },
    { value: 'rejected', labelKey: 'enforcement.appeals.reject', appearance: 'outlined' },
  ];
  protected readonly recommendButtons: readonly ReasonButton[] = [
    { value: 'recommend', labelKey: 'enforcement.closure.recommend', appearance: 'filled' },
  ];
  protected readonly decideButtons: readonly ReasonButton[] = [
    { value: 'decide', labelKey: 'enforcement.closure.decide', appearance: 'filled' },
  ];

  protected readonly manualAct: ReasonAct = async (button, _choice, reason) => {
    if (button !== 'escalate' && button !== 'lift') return false;
    if (!(await this.#confirmer.ask(`enforcement.confirm.${button}`))) return false;
    return button === 'escalate' ? this.store.escalate(reason) : this.store.lift(reason);
  };
  protected readonly appealAct: ReasonAct = (_button, _choice, reason) => this.store.appeal(reason);
  protected readonly rulingAct: ReasonAct = (button, _choice, reason) =>
    button === 'upheld' || button === 'rejected'
      ? this.store.ruleAppeal(button, reason)
      : Promise.resolve(false);
  protected readonly recommendAct: ReasonAct = (_button, choice, reason) =>
    isOutcome(choice) ? this.store.recommend(choice, reason) : Promise.resolve(false);
  protected readonly decideAct: ReasonAct = async (_button, choice, reason) => {
    if (!isOutcome(choice)) return false;
    if (!(await this.#confirmer.ask('enforcement.confirm.decide'))) return false;
    return this.store.decide(choice, reason);
  };

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.show(id));
    });
  }

  protected may(kind: CaseActionKind): boolean {
    return this.#allowed().has(kind);
  }
}
