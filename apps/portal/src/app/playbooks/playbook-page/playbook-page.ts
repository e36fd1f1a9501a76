import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { COMPENSATION_KINDS, PLAYBOOK_STEP_EVENTS } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../auth/auth-store';
import { errorMessageKey } from '../../http/api-error';
import { ErrorBanner } from '../../ui/error-banner';
import { formToContent } from '../playbook-form';
import { PlaybookStore } from '../playbook-store';
import { severityKey } from '../severity-key';
import { ContentForm, contentForm, stepForm, textForm } from './content-form';

type PhraseList = 'sayPhrases' | 'avoidPhrases' | 'callIn';

/** Head office's editor: a draft is edited in both languages and published; a published one is read-only. */
@Component({
  selector: 'fs-playbook-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorBanner,
  ],
  providers: [PlaybookStore],
  templateUrl: './playbook-page.html',
  styleUrl: './playbook-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaybookPage {
  protected readonly store = inject(PlaybookStore);
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);
  protected readonly errorMessageKey = errorMessageKey;
  protected readonly severityKey = severityKey;
  protected readonly events = PLAYBOOK_STEP_EVENTS;
  protected readonly kinds = COMPENSATION_KINDS;
  protected readonly phraseLists: readonly PhraseList[] = ['sayPhrases', 'avoidPhrases', 'callIn'];

  /** The playbook id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly form = signal<ContentForm | null>(null);
  protected readonly invalid = signal(false);
  protected readonly editable = computed(
    () => this.#auth.user()?.role === 'admin' && this.store.playbook()?.status === 'draft',
  );
  protected readonly canCopy = computed(
    () => this.#auth.user()?.role === 'admin' && this.store.playbook()?.status === 'published',
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.show(id));
    });
    // A fresh form for each answer from the server: what is on screen is what is stored.
    effect(() => {
      const playbook = this.store.playbook();
      if (!playbook) return;
      const form = contentForm(playbook.content);
      if (!untracked(this.editable)) form.disable();
      this.form.set(form);
      this.invalid.set(false);
    });
  }

  protected addStep(form: ContentForm): void {
    form.controls.steps.push(stepForm());
  }

  protected addPhrase(form: ContentForm, list: PhraseList): void {
    form.controls[list].push(textForm());
  }

  protected remove(form: ContentForm, list: PhraseList | 'steps', index: number): void {
    form.controls[list].removeAt(index);
  }

  protected async save(form: ContentForm): Promise<void> {
    const content = formToContent(form.getRawValue());
    this.invalid.set(!content);
    if (!content) {
      form.markAllAsTouched();
      return;
    }
    await this.store.save(content);
  }

  /** Publishing what is on screen: saved first, so an unsaved edit is never lost or published unseen. */
  protected async publish(form: ContentForm): Promise<void> {
    const content = formToContent(form.getRawValue());
    this.invalid.set(!content);
    if (content && (await this.store.save(content))) await this.store.publish();
  }

  protected async copy(): Promise<void> {
    const draft = await this.store.copy();
    if (draft) await this.#router.navigate(['/playbooks', draft.id]);
  }
}
