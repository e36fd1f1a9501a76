import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Location } from '@franscore/domain';
import { distinctUntilChanged, filter } from 'rxjs';
import { detailResource } from '../http/detail-resource';
import { remoteSignal } from '../http/remote-signal';
import { NetworkApi } from './network-api';

/** One location and its daily order volumes. */
@Injectable()
export class LocationStore {
  readonly #api = inject(NetworkApi);
  readonly #location = detailResource<Location, never>((id) => this.#api.location(id));
  readonly #volumesAttempt = signal(0);
  readonly #volumesQuery = computed(() => ({ id: this.#location.value()?.id ?? null, attempt: this.#volumesAttempt() }));
  readonly #volumes = remoteSignal(
    toObservable(this.#volumesQuery).pipe(
      filter((q): q is { id: string; attempt: number } => q.id !== null),
      distinctUntilChanged((a, b) => a.id === b.id && a.attempt === b.attempt),
    ),
    (q) => this.#api.orderVolumes(q.id),
  );

  readonly loading = this.#location.loading;
  readonly location = this.#location.value;
  readonly loadError = this.#location.loadError;
  readonly volumesLoading = computed(() => this.#volumes().loading);
  readonly volumesError = computed(() => this.#volumes().error);
  readonly volumes = computed(() => this.#volumes().value);

  show(id: string): void {
    this.#location.show(id);
  }

  retry(): void {
    this.#location.retry();
  }

  retryVolumes(): void {
    this.#volumesAttempt.update((n) => n + 1);
  }
}
