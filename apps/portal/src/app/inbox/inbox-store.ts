import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { remoteSignal } from '../http/remote-signal';
import { InboxApi } from './inbox-api';
import { byDue } from './inbox-item';

/** What waits for the signed-in user: plans to write or review, deadlines, rulings, decisions. */
@Injectable()
export class InboxStore {
  readonly #api = inject(InboxApi);
  readonly #attempt = signal(0);
  readonly #state = remoteSignal(toObservable(this.#attempt), () => this.#api.list());

  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly items = computed(() => byDue(this.#state().value ?? []));

  retry(): void {
    this.#attempt.update((n) => n + 1);
  }
}
