import { Injectable, computed, inject } from '@angular/core';
import { Playbook, PlaybookContent } from '@franscore/domain';
import { firstValueFrom } from 'rxjs';
import { actionMessage } from '../http/action-message';
import { detailResource } from '../http/detail-resource';
import { PlaybooksApi } from './playbooks-api';

export type PlaybookAction = 'save' | 'publish';

/** One playbook in head office's editor: save the draft, publish it, or start a new draft from it. */
@Injectable()
export class PlaybookStore {
  readonly #api = inject(PlaybooksApi);
  readonly #playbook = detailResource<Playbook, PlaybookAction>((id) => this.#api.get(id));

  readonly loading = this.#playbook.loading;
  readonly playbook = this.#playbook.value;
  readonly loadError = this.#playbook.loadError;
  readonly busy = this.#playbook.busy;
  readonly done = this.#playbook.done;
  readonly actionMessage = computed(() => {
    const error = this.#playbook.actionError();
    return error ? actionMessage(error) : null;
  });

  show(id: string): void {
    this.#playbook.show(id);
  }

  retry(): void {
    this.#playbook.retry();
  }

  save(content: PlaybookContent): Promise<boolean> {
    return this.#playbook.act('save', (id) => this.#api.update(id, { content }));
  }

  publish(): Promise<boolean> {
    return this.#playbook.act('publish', (id) => this.#api.publish(id));
  }

  /** A new draft of the same category and severity, copied from this one; null when refused. */
  async copy(): Promise<Playbook | null> {
    const p = this.playbook();
    if (!p) return null;
    try {
      return await firstValueFrom(
        this.#api.create({ category: p.category, severity: p.severity, content: p.content }),
      );
    } catch {
      return null;
    }
  }
}
