import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AuditEntry } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../http/action-message';
import { LanguageStore } from '../i18n/language-store';
import { FigurePipe } from '../ui/figure.pipe';
import { searchTerm } from '../admin/search-term';
import { DateTimePipe } from '../ui/date-time.pipe';
import { ListPage } from '../ui/list-page/list-page';
import { DiffRow, auditDiff } from './audit-diff';
import { AuditLogStore } from './audit-log-store';

/** Every change of consequence, newest first: who did what to which record, before and after, and whether the chain holds. */
@Component({
  selector: 'fs-audit-log-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FigurePipe,
    DateTimePipe,
    ListPage,
  ],
  providers: [AuditLogStore],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  protected readonly store = inject(AuditLogStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly actorControl = new FormControl('', { nonNullable: true });
  protected readonly entityIdControl = new FormControl('', { nonNullable: true });
  readonly #actor = searchTerm(this.actorControl);
  readonly #entityId = searchTerm(this.entityIdControl);
  protected readonly verifyMessage = computed(() => {
    const error = this.store.verifyError();
    return error ? actionMessage(error) : null;
  });
  /** The opened entry's fields, before and after. */
  protected readonly diff = computed<DiffRow[]>(() => {
    const seq = this.store.opened();
    const entry = this.store.entries().find((e) => e.seq === seq);
    return entry ? auditDiff(entry.before, entry.after) : [];
  });

  constructor() {
    effect(() => {
      const actor = this.#actor();
      untracked(() => this.store.filter({ actor }));
    });
    effect(() => {
      const entityId = this.#entityId();
      untracked(() => this.store.filter({ entityId }));
    });
  }

  protected setDay(which: 'from' | 'to', event: Event): void {
    this.store.filter({ [which]: (event.target as HTMLInputElement).value });
  }

  protected clear(): void {
    this.actorControl.setValue('');
    this.entityIdControl.setValue('');
    this.store.filter({ actor: '', action: '', entityType: '', entityId: '', from: '', to: '' });
  }

  protected entityOf(entry: AuditEntry): string {
    return `${entry.entityType} · ${entry.entityId}`;
  }
}
