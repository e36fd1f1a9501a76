import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { CASE_LEVELS } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { interval, map } from 'rxjs';
import { AuthStore } from '../../auth/auth-store';
import { LanguageStore } from '../../i18n/language-store';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { Deadline } from '../../ui/deadline';
import { ListPage } from '../../ui/list-page/list-page';
import { CASE_STATUSES } from '../case-filters';
import { CaseListStore } from '../case-list-store';
import { IssueWarningForm } from './issue-warning-form';

@Component({
  selector: 'fs-case-list-page',
  imports: [
    RouterLink,
    MatFormFieldModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    DateTimePipe,
    Deadline,
    ListPage,
    IssueWarningForm,
  ],
  providers: [CaseListStore],
  templateUrl: './case-list-page.html',
  styleUrl: './case-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseListPage {
  protected readonly store = inject(CaseListStore);
  protected readonly language = inject(LanguageStore).active;
  readonly #auth = inject(AuthStore);
  protected readonly levels = CASE_LEVELS;
  protected readonly statuses = CASE_STATUSES;
  protected readonly columns = ['location', 'level', 'status', 'opened', 'cure', 'cap'] as const;
  protected readonly canIssue = computed(() => {
    const role = this.#auth.user()?.role;
    return role === 'regional_manager' || role === 'admin';
  });
  protected readonly now = toSignal(interval(60_000).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });
}
