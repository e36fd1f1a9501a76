import { Injectable, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  readonly #transloco = inject(TranslocoService);
  readonly #translation = toSignal(this.#transloco.selectTranslation());

  constructor() {
    super();
    effect(() => {
      if (!this.#translation()) return;
      const t = (key: string) => this.#transloco.translate(key);
      this.itemsPerPageLabel = t('paginator.itemsPerPage');
      this.firstPageLabel = t('paginator.firstPage');
      this.previousPageLabel = t('paginator.previousPage');
      this.nextPageLabel = t('paginator.nextPage');
      this.lastPageLabel = t('paginator.lastPage');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, total: number): string => {
    if (total === 0 || pageSize === 0)
      return this.#transloco.translate('paginator.rangeEmpty', { total });
    const start = page * pageSize + 1;
    const end = Math.min((page + 1) * pageSize, total);
    return this.#transloco.translate('paginator.range', { start, end, total });
  };
}
