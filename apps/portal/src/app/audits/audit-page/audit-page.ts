import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../auth/auth-store';
import { errorMessageKey } from '../../http/api-error';
import { LanguageStore } from '../../i18n/language-store';
import { PluralPipe } from '../../ui/plural.pipe';
import { Confirmer } from '../../ui/confirmer';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ErrorBanner } from '../../ui/error-banner';
import { PeriodPipe } from '../../ui/period.pipe';
import { ScorePipe } from '../../ui/score.pipe';
import { AuditStore } from '../audit-store';
import { AuditCaseForm } from './audit-case';
import { FindingsPanel } from './findings-panel';

/** The audit form, made for a tablet on the visit: every sampled case, findings with photos, submit and finalize. */
@Component({
  selector: 'fs-audit-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    PluralPipe,
    DateTimePipe,
    ErrorBanner,
    PeriodPipe,
    ScorePipe,
    AuditCaseForm,
    FindingsPanel,
  ],
  providers: [AuditStore],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  protected readonly store = inject(AuditStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  readonly #confirmer = inject(Confirmer);
  protected readonly errorMessageKey = errorMessageKey;

  /** The audit id, bound from the route. */
  readonly id = input.required<string>();

  readonly #auditor = computed(() => {
    const role = this.#auth.user()?.role;
    return role === 'auditor' || role === 'admin';
  });
  /** Cases change only in a draft; findings until the audit is finalized (the server's rules). */
  protected readonly casesEditable = computed(
    () => this.#auditor() && this.store.audit()?.status === 'draft',
  );
  protected readonly findingsEditable = computed(
    () => this.#auditor() && this.store.audit()?.status !== 'finalized',
  );
  protected readonly canSubmit = computed(() => this.casesEditable());
  protected readonly canFinalize = computed(
    () => this.#auditor() && this.store.audit()?.status === 'submitted',
  );
  protected readonly scored = computed(
    () => this.store.audit()?.cases.filter((c) => c.scored).length ?? 0,
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.show(id));
    });
  }

  protected async submit(): Promise<void> {
    if (await this.#confirmer.ask('audits.confirm.submit')) await this.store.submit();
  }

  protected async finalize(): Promise<void> {
    if (await this.#confirmer.ask('audits.confirm.finalize')) await this.store.finalize();
  }
}
