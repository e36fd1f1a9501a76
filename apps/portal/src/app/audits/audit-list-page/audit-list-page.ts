import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AUDIT_STATUSES } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../auth/auth-store';
import { LanguageStore } from '../../i18n/language-store';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ListPage } from '../../ui/list-page/list-page';
import { PeriodField } from '../../ui/period-field';
import { PeriodPipe } from '../../ui/period.pipe';
import { ScorePipe } from '../../ui/score.pipe';
import { AuditListStore } from '../audit-list-store';
import { OpenAuditForm } from './open-audit-form';

@Component({
  selector: 'fs-audit-list-page',
  imports: [
    RouterLink,
    MatFormFieldModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    DateTimePipe,
    ListPage,
    PeriodField,
    PeriodPipe,
    ScorePipe,
    OpenAuditForm,
  ],
  providers: [AuditListStore],
  templateUrl: './audit-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditListPage {
  protected readonly store = inject(AuditListStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  protected readonly statuses = AUDIT_STATUSES;
  protected readonly columns = [
    'location',
    'period',
    'status',
    'score',
    'auditor',
    'created',
  ] as const;
  protected readonly canOpen = computed(() => {
    const role = this.#auth.user()?.role;
    return role === 'auditor' || role === 'admin';
  });
}
