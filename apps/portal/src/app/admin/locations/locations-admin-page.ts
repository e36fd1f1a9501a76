import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { CreateLocationSchema, Location, UpdateLocationSchema, Weekday } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { Confirmer } from '../../ui/confirmer';
import { ListPage } from '../../ui/list-page/list-page';
import { checkForm } from '../form-problems';
import { searchTerm } from '../search-term';
import { HoursRow, runsPastMidnight, toBusinessHours, toHoursRows } from './hours-form';
import { LOCATION_CSV_HEADER } from './import-report';
import { LocationsAdminStore } from './locations-admin-store';

type LocationField = 'code' | 'name' | 'address' | 'regionId' | 'franchiseeId' | 'timeZone';

const timeZones = (): string[] => {
  const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf;
  return supported ? supported('timeZone') : [];
};

/** Locations: create one, edit its hours and time zone, close it, import many from CSV. */
@Component({
  selector: 'fs-locations-admin-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    ListPage,
  ],
  providers: [LocationsAdminStore],
  templateUrl: './locations-admin-page.html',
  styleUrls: ['../admin-page.css', './locations-admin-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LocationsAdminPage {
  protected readonly store = inject(LocationsAdminStore);
  readonly #confirmer = inject(Confirmer);
  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly zones = timeZones();
  protected readonly csvHeader = LOCATION_CSV_HEADER;
  protected readonly columns = ['code', 'name', 'region', 'franchisee', 'timeZone', 'status', 'actions'] as const;

  protected readonly form = this.#fb.group({
    code: [''],
    name: [''],
    address: [''],
    regionId: this.#fb.control<string | null>(null),
    franchiseeId: this.#fb.control<string | null>(null),
    timeZone: ['Europe/Moscow'],
    hours: this.#fb.array(toHoursRows({}).map((row) => this.#dayGroup(row))),
  });
  protected readonly editing = signal<Location | null>(null);
  protected readonly problems = signal<Partial<Record<LocationField, string>>>({});
  protected readonly badDays = signal<readonly Weekday[]>([]);
  readonly #injector = inject(Injector);
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');

  protected readonly csv = new FormControl('', { nonNullable: true });
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  readonly #search = searchTerm(this.searchControl);

  protected readonly actionMessage = computed(() => {
    const error = this.store.actionError();
    return error ? actionMessage(error, { conflict: 'admin.locations.codeTaken' }) : null;
  });
  protected readonly importMessage = computed(() => {
    const error = this.store.importError();
    return error ? actionMessage(error) : null;
  });

  constructor() {
    effect(() => {
      const search = this.#search();
      untracked(() => this.store.search(search));
    });
  }

  protected get dayGroups() {
    return this.form.controls.hours.controls;
  }

  protected pastMidnight(index: number): boolean {
    return runsPastMidnight(this.#row(index));
  }

  protected edit(location: Location): void {
    this.editing.set(location);
    this.problems.set({});
    this.badDays.set([]);
    const rows = toHoursRows(location.businessHours);
    this.form.reset({
      code: location.code,
      name: location.name,
      address: location.address,
      regionId: location.regionId,
      franchiseeId: location.franchiseeId,
      timeZone: location.timeZone,
      hours: rows,
    });
    afterNextRender(() => this.formHeading()?.nativeElement.focus(), { injector: this.#injector });
  }

  protected cancel(): void {
    this.editing.set(null);
    this.problems.set({});
    this.badDays.set([]);
    this.form.reset({ timeZone: 'Europe/Moscow', hours: toHoursRows({}) });
  }

  protected async save(): Promise<void> {
    const raw = this.form.getRawValue();
    const hours = toBusinessHours(raw.hours);
    this.badDays.set('badDays' in hours ? hours.badDays : []);
    const value = {
      name: raw.name,
      address: raw.address,
      regionId: raw.regionId,
      franchiseeId: raw.franchiseeId,
      timeZone: raw.timeZone.trim(),
      businessHours: 'hours' in hours ? hours.hours : {},
    };
    const prefix = 'admin.locations.problems.';
    const editing = this.editing();
    let saved: Location | null = null;
    if (editing) {
      const result = checkForm(UpdateLocationSchema, value, prefix);
      if (this.#refused(result) || 'badDays' in hours) return;
      saved = await this.store.update(editing.id, result.body);
    } else {
      const result = checkForm(CreateLocationSchema, { ...value, code: raw.code }, prefix);
      if (this.#refused(result) || 'badDays' in hours) return;
      saved = await this.store.create(result.body);
    }
    if (saved) this.cancel();
  }

  protected async close(location: Location): Promise<void> {
    if (!(await this.#confirmer.ask('admin.locations.confirmClose', { code: location.code, name: location.name }))) return;
    await this.store.update(location.id, { status: 'closed' }, 'admin.locations.done.closed');
  }

  protected async loadFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.csv.setValue(await file.text());
  }

  protected async import(event: Event): Promise<void> {
    event.preventDefault();
    if (await this.store.import(this.csv.value)) this.csv.reset();
  }

  #row(index: number): HoursRow {
    return this.form.controls.hours.at(index).getRawValue();
  }

  #dayGroup(row: HoursRow) {
    return this.#fb.group({ day: this.#fb.control<Weekday>(row.day), open: [row.open], from: [row.from], to: [row.to] });
  }

  #refused<T>(result: { body: T } | { problems: Record<string, string> }): result is { problems: Record<string, string> } {
    const problems = 'problems' in result ? result.problems : {};
    this.problems.set(problems);
    for (const field of Object.keys(problems)) {
      const control = field in this.form.controls ? this.form.controls[field as LocationField] : null;
      control?.setErrors({ problem: true });
      control?.markAsTouched();
    }
    return 'problems' in result;
  }
}
