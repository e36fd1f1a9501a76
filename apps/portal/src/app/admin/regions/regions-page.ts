import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { CreateRegionSchema, Region, UpdateRegionSchema } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { editableList } from '../../http/paged-list';
import { ListPage } from '../../ui/list-page/list-page';
import { checkForm } from '../form-problems';
import { RegionsApi } from './regions-api';

/** Regions: create one, rename or recode one. */
@Component({
  selector: 'fs-regions-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatTableModule, TranslocoPipe, ListPage],
  templateUrl: './regions-page.html',
  styleUrl: '../admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionsPage {
  protected readonly store = editableList(inject(RegionsApi));
  protected readonly columns = ['code', 'name', 'actions'] as const;
  protected readonly form = inject(NonNullableFormBuilder).group({ code: [''], name: [''] });
  /** The region being edited; null while the form creates a new one. */
  protected readonly editing = signal<Region | null>(null);
  protected readonly problems = signal<Record<string, string>>({});
  readonly #injector = inject(Injector);
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');
  protected readonly actionMessage = computed(() => {
    const error = this.store.actionError();
    return error ? actionMessage(error, { conflict: 'admin.regions.codeTaken' }) : null;
  });

  protected edit(region: Region): void {
    this.editing.set(region);
    this.problems.set({});
    this.form.reset({ code: region.code, name: region.name });
    afterNextRender(() => this.formHeading()?.nativeElement.focus(), { injector: this.#injector });
  }

  protected cancel(): void {
    this.editing.set(null);
    this.problems.set({});
    this.form.reset();
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    const value = this.form.getRawValue();
    const prefix = 'admin.regions.problems.';
    let saved: Region | null = null;
    if (editing) {
      const result = checkForm(UpdateRegionSchema, value, prefix);
      if (this.#refused(result)) return;
      saved = await this.store.update(editing.id, result.body);
    } else {
      const result = checkForm(CreateRegionSchema, value, prefix);
      if (this.#refused(result)) return;
      saved = await this.store.create(result.body);
    }
    if (saved) this.cancel();
  }

  /** Shows each field's problem beside it; true when there was one. */
  #refused<T>(result: { body: T } | { problems: Record<string, string> }): result is { problems: Record<string, string> } {
    const problems = 'problems' in result ? result.problems : {};
    this.problems.set(problems);
    for (const field of Object.keys(problems) as Array<'code' | 'name'>) {
      this.form.controls[field].setErrors({ problem: true });
      this.form.controls[field].markAsTouched();
    }
    return 'problems' in result;
  }
}
