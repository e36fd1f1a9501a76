import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { HeadOfficeSettings, UpdateHeadOfficeSettings } from '@franscore/domain';
import { pendingAction } from '../../http/paged-list';
import { remoteSignal } from '../../http/remote-signal';
import { SettingsApi } from './settings-api';

/** Head office's settings: loaded once, saved whole; the saved answer replaces what was loaded. */
@Injectable()
export class SettingsStore {
  readonly #api = inject(SettingsApi);
  readonly #attempt = signal(0);
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.get());
  readonly #saved = signal<HeadOfficeSettings | null>(null);
  readonly #save = pendingAction();

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  /** The newest known settings: the last saved answer, else what was loaded. */
  readonly settings = computed(() => this.#saved() ?? this.#state().value);
  readonly saving = this.#save.busy;
  readonly saveError = this.#save.error;
  readonly #justSaved = signal(false);
  /** True once a save succeeded, until the next save starts. */
  readonly justSaved = this.#justSaved.asReadonly();

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }

  async save(body: UpdateHeadOfficeSettings): Promise<boolean> {
    this.#justSaved.set(false);
    const saved = await this.#save.run(() => this.#api.update(body));
    if (saved) this.#saved.set(saved);
    this.#justSaved.set(saved !== null);
    return saved !== null;
  }
}
