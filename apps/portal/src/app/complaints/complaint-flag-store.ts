import { Injectable, inject, signal } from '@angular/core';
import { ComplaintFlag } from '@franscore/domain';
import { firstValueFrom } from 'rxjs';
import { ComplaintsApi } from './complaints-api';

/**
 * The bad-faith flag of the complaint on the page, shared by the flag panel and
 * the dispute form (which offers the complaints behind it as evidence).
 */
@Injectable()
export class ComplaintFlagStore {
  readonly #api = inject(ComplaintsApi);
  readonly #flag = signal<ComplaintFlag | null>(null);
  readonly flag = this.#flag.asReadonly();

  async load(complaintId: string): Promise<void> {
    this.#flag.set(null);
    try {
      const flag = await firstValueFrom(this.#api.flag(complaintId));
      // A slow answer for the previous complaint must not land on this one.
      if (flag.complaintId === complaintId) this.#flag.set(flag);
    } catch {
      // A flag is a hint; the complaint page works without it.
      this.#flag.set(null);
    }
  }
}
