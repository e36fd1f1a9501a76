import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { CATEGORIES, CHANNELS, COMPLAINT_STATUSES, SEVERITIES } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { interval, map } from 'rxjs';
import { LanguageStore } from '../../i18n/language-store';
import { FigurePipe } from '../../ui/figure.pipe';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ListPage } from '../../ui/list-page/list-page';
import { injectCompact } from '../../ui/compact';
import { ComplaintCard } from '../complaint-card';
import { COMPLAINT_SORTS, ComplaintFilterChange, SLA_FILTERS } from '../complaint-filters';
import { ComplaintListStore } from '../complaint-list-store';
import { SlaBadge } from '../sla-badge';

@Component({
  selector: 'fs-complaint-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    FigurePipe,
    DateTimePipe,
    ListPage,
    SlaBadge,
    ComplaintCard,
  ],
  templateUrl: './complaint-list-page.html',
  styleUrl: './complaint-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplaintListPage {
  /** Provided on the complaints route: the filters outlive this page. */
  protected readonly store = inject(ComplaintListStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly statuses = COMPLAINT_STATUSES;
  protected readonly severities = SEVERITIES;
  protected readonly categories = CATEGORIES;
  protected readonly channels = CHANNELS;
  protected readonly slaFilters = SLA_FILTERS;
  protected readonly sorts = COMPLAINT_SORTS;
  protected readonly columns = [
    'reference',
    'location',
    'category',
    'severity',
    'status',
    'acknowledge',
    'resolve',
    'received',
  ] as const;
  /** Below 900 px the table becomes cards, each counting down its running clock. */
  protected readonly compact = injectCompact();
  protected readonly now = toSignal(interval(1000).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });

  constructor() {
    // Back from a complaint the rows may be stale (it was just handled): ask again, keeping them meanwhile.
    this.store.retry();
  }

  protected filter(change: ComplaintFilterChange): void {
    this.store.filter(change);
  }

  /** On Enter, on leaving the box, or when its clear button empties it. */
  protected search(event: Event): void {
    const value = (event.target as HTMLInputElement | null)?.value.trim() ?? '';
    this.store.filter({ q: value || null });
  }

  /** Date inputs give `YYYY-MM-DD`, or an empty string when cleared. */
  protected filterByDay(bound: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement | null)?.value ?? '';
    this.store.filter({ [bound]: value || null });
  }
}
