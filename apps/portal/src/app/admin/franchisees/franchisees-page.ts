import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { CreateFranchiseeSchema, Franchisee, UpdateFranchiseeSchema } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { actionMessage } from '../../http/action-message';
import { editableList } from '../../http/paged-list';
import { ListPage } from '../../ui/list-page/list-page';
import { checkForm, orNull } from '../form-problems';
import { FranchiseesApi } from './franchisees-api';

type FranchiseeField = 'legalName' | 'contactEmail' | 'contactPhone';

/** Franchisees: the legal entities that run locations, and whom head office writes to. */
@Component({
  selector: 'fs-franchisees-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatTableModule, TranslocoPipe, ListPage],
  templateUrl: './franchisees-page.html',
  styleUrl: '../admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FranchiseesPage {
  protected readonly store = editableList(inject(FranchiseesApi));
  protected readonly columns = ['legalName', 'contactEmail', 'contactPhone', 'actions'] as const;
  protected readonly form = inject(NonNullableFormBuilder).group({ legalName: [''], contactEmail: [''], contactPhone: [''] });
  protected readonly editing = signal<Franchisee | null>(null);
  protected readonly problems = signal<Record<string, string>>({});
  readonly #injector = inject(Injector);
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');
  protected readonly actionMessage = computed(() => {
    const error = this.store.actionError();
    return error ? actionMessage(error) : null;
  });

  protected edit(franchisee: Franchisee): void {
    this.editing.set(franchisee);
    this.problems.set({});
    this.form.reset({ legalName: franchisee.legalName, contactEmail: franchisee.contactEmail ?? '', contactPhone: franchisee.contactPhone ?? '' });
    afterNextRender(() => this.formHeading()?.nativeElement.focus(), { injector: this.#injector });
  }

  protected cancel(): void {
    this.editing.set(null);
    this.problems.set({});
    this.form.reset();
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    const raw = this.form.getRawValue();
    const value = { legalName: raw.legalName, contactEmail: orNull(raw.contactEmail), contactPhone: orNull(raw.contactPhone) };
    const prefix = 'admin.franchisees.problems.';
    let saved: Franchisee | null = null;
    if (editing) {
      const result = checkForm(UpdateFranchiseeSchema, value, prefix);
      if (this.#refused(result)) return;
      saved = await this.store.update(editing.id, result.body);
    } else {
      const result = checkForm(CreateFranchiseeSchema, value, prefix);
      if (this.#refused(result)) return;
      saved = await this.store.create(result.body);
    }
    if (saved) this.cancel();
  }

  #refused<T>(result: { body: T } | { problems: Record<string, string> }): result is { problems: Record<string, string> } {
    const problems = 'problems' in result ? result.problems : {};
    this.problems.set(problems);
    for (const field of Object.keys(problems) as FranchiseeField[]) {
      this.form.controls[field].setErrors({ problem: true });
      this.form.controls[field].markAsTouched();
    }
    return 'problems' in result;
  }
}
