import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { SlaCompliance } from '@franscore/domain';
import { Observable, filter, firstValueFrom } from 'rxjs';
import { AuditsApi } from '../audits/audits-api';
import { toApiError } from '../http/api-error';
import { remoteSignal } from '../http/remote-signal';
import { HomesApi } from './homes-api';
import { bandGroups, flagWindow } from './home-view';
import { IDLE_START, reduceStartAudit } from './start-audit-state';

/** One home's answer: loading, error and value as read-only signals, and a retry. */
function homeResource<T>(fetch: () => Observable<T>) {
  const attempt = signal(0);
  const state = remoteSignal(toObservable(attempt), fetch);
  return {
    loading: computed(() => state().loading),
    error: computed(() => state().error),
    value: computed(() => state().value),
    retry: () => attempt.update((n) => n + 1),
  };
}

@Injectable()
export class AuditorHomeStore {
  readonly #api = inject(HomesApi);
  readonly #audits = inject(AuditsApi);
  readonly #router = inject(Router);
  readonly #home = homeResource(() => this.#api.auditor());
  readonly #start = signal(IDLE_START);
  readonly #flags = homeResource(() => {
    const { from, to } = flagWindow(new Date());
    return this.#api.flagged(from, to);
  });

  readonly loading = this.#home.loading;
  readonly error = this.#home.error;
  readonly home = this.#home.value;
  readonly starting = computed(() => this.#start().starting);
  readonly startFailed = computed(() => this.#start().failed);
  readonly retry = this.#home.retry;
  /** Complaints the bad-faith rules flagged in the last 30 days, not yet ruled on first. */
  readonly flagged = computed(() => this.#flags.value());
  readonly flaggedError = this.#flags.error;

  /** Opens the audit of a due location for the last complete period and goes to it. */
  async startAudit(locationId: string): Promise<void> {
    const period = this.home()?.period;
    if (!period || this.#start().starting) return;
    this.#start.update((s) => reduceStartAudit(s, { type: 'start', locationId }));
    try {
      const audit = await firstValueFrom(this.#audits.open({ locationId, period }));
      this.#start.update((s) => reduceStartAudit(s, { type: 'started' }));
      await this.#router.navigate(['/audits', audit.id]);
    } catch (error) {
      this.#start.update((s) => reduceStartAudit(s, { type: 'failed', error: toApiError(error) }));
    }
  }
}

@Injectable()
export class RegionalManagerHomeStore {
  readonly #api = inject(HomesApi);
  readonly #home = homeResource(() => this.#api.regionalManager());
  readonly loading = this.#home.loading;
  readonly error = this.#home.error;
  readonly home = this.#home.value;
  readonly groups = computed(() => bandGroups(this.home()?.locations ?? []));
  readonly retry = this.#home.retry;
}

@Injectable()
export class FranchiseeHomeStore {
  readonly #api = inject(HomesApi);
  readonly #home = homeResource(() => this.#api.franchisee());
  readonly loading = this.#home.loading;
  readonly error = this.#home.error;
  readonly home = this.#home.value;
  readonly retry = this.#home.retry;
}

@Injectable()
export class AdminHomeStore {
  readonly #api = inject(HomesApi);
  readonly #home = homeResource(() => this.#api.admin());
  readonly loading = this.#home.loading;
  readonly error = this.#home.error;
  readonly home = this.#home.value;
  readonly retry = this.#home.retry;
}

/** The complaint mix and SLA compliance of the caller's scope for the last complete period. */
@Injectable()
export class HomeChartsStore {
  readonly #api = inject(HomesApi);
  readonly #by = signal<SlaCompliance['by'] | null>(null);
  readonly #mix = homeResource(() => this.#api.complaintMix());
  readonly #sla = remoteSignal(
    toObservable(this.#by).pipe(filter((by): by is SlaCompliance['by'] => by !== null)),
    (by) => this.#api.slaCompliance(by),
  );

  readonly mix = this.#mix.value;
  readonly mixError = this.#mix.error;
  readonly sla = computed(() => this.#sla().value);
  readonly slaError = computed(() => this.#sla().error);

  groupBy(by: SlaCompliance['by'] | null): void {
    this.#by.set(by);
  }
}
