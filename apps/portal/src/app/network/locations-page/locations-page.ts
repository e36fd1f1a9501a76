import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { LOCATION_STATUSES, LocationStatus } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { publicFormPath } from '../../intake/public-form-url';
import { ListPage } from '../../ui/list-page/list-page';
import { LOCATION_SORTS, LocationSort } from '../location-filters';
import { NetworkStore } from '../network-store';

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'fs-locations-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    ListPage,
  ],
  providers: [NetworkStore],
  templateUrl: './locations-page.html',
  styleUrl: './locations-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LocationsPage {
  protected readonly store = inject(NetworkStore);
  protected readonly statuses = LOCATION_STATUSES;
  protected readonly sorts = LOCATION_SORTS;
  protected readonly columns = [
    'code',
    'name',
    'region',
    'franchisee',
    'timeZone',
    'status',
    'publicForm',
  ] as const;
  /** Where customers of a location file complaints; the poster link prints it for the store. */
  protected readonly formPath = publicFormPath;

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  readonly #searchTerm = toSignal(
    this.searchControl.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((term) => term.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );

  constructor() {
    effect(() => {
      const term = this.#searchTerm();
      untracked(() => this.store.search(term));
    });
  }

  protected filterByRegion(regionId: string | null): void {
    this.store.filterByRegion(regionId);
  }

  protected filterByStatus(status: LocationStatus | null): void {
    this.store.filterByStatus(status);
  }

  protected sortBy(sort: LocationSort): void {
    this.store.sortBy(sort);
  }

  protected clearFilters(): void {
    this.searchControl.setValue('');
    this.store.clearFilters();
  }
}
