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
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ErrorBanner } from '../../ui/error-banner';
import { PlaybookPanel } from '../../playbooks/playbook-panel/playbook-panel';
import { ComplaintFlagStore } from '../complaint-flag-store';
import { ComplaintStore } from '../complaint-store';
import { actionErrorMessage } from '../complaint-state';
import { DisputeForm } from './dispute-form';
import { ComplaintPhoto } from './complaint-photo';
import { EventTimeline } from './event-timeline';
import { FlagPanel } from './flag-panel';
import { RulingForm } from './ruling-form';
import { SlaClock } from './sla-clock';
import { StepActions } from './step-actions';

/** Countdowns move once a second; one timer for the page, read by both clocks. */
const TICK_MS = 1000;

@Component({
  selector: 'fs-complaint-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateTimePipe,
    ErrorBanner,
    SlaClock,
    EventTimeline,
    StepActions,
    DisputeForm,
    RulingForm,
    PlaybookPanel,
    ComplaintPhoto,
    FlagPanel,
  ],
  providers: [ComplaintStore, ComplaintFlagStore],
  templateUrl: './complaint-page.html',
  styleUrl: './complaint-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplaintPage {
  protected readonly store = inject(ComplaintStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #role = computed(() => this.#auth.user()?.role);
  protected readonly errorMessageKey = errorMessageKey;

  /** The complaint id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly now = toSignal(interval(TICK_MS).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });

  /** The server decides who may handle (nextSteps is empty otherwise); disputes follow DOMAIN.md's roles. */
  protected readonly canDispute = computed(
    () => this.#role() === 'franchisee' && this.store.complaint()?.disputed === 'none',
  );
  /** DOMAIN.md: head office and the franchisee see bad-faith flags; staff handle the complaint as filed. */
  protected readonly seesFlags = computed(() => {
    const role = this.#role();
    return role !== undefined && role !== 'location_staff';
  });
  protected readonly canRule = computed(() => {
    const role = this.#role();
    return (
      (role === 'auditor' || role === 'admin') && this.store.complaint()?.disputed === 'pending'
    );
  });
  protected readonly actionMessage = computed(() => {
    const error = this.store.actionError();
    return error ? actionErrorMessage(error) : null;
  });
  protected readonly hasContact = computed(() => {
    const contact = this.store.complaint()?.contact;
    return !!contact && Object.values(contact).some((value) => !!value);
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.show(id));
    });
  }
}
