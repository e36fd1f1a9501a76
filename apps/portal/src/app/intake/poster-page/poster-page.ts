import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicLocation } from '@franscore/domain';
import { catchError, combineLatest, from, map, of, startWith, switchMap } from 'rxjs';
import { PublicFrame } from '../../ui/public-frame';
import { IntakeApi } from '../intake-api';
import { qrCodeDataUrl } from '../poster-qr';
import { PublicAddress } from '../public-address';
import { publicFormUrl } from '../public-form-url';

type PosterLoad =
  | { readonly state: 'loading' }
  | {
      readonly state: 'ready';
      readonly location: PublicLocation;
      readonly url: string;
      readonly qr: string;
    }
  | { readonly state: 'failed' };

/** An A4 sheet for the wall, or the same sheet as a table tent: folded across the middle, it reads from both sides. */
export type PosterLayout = 'poster' | 'tent';

/** A sheet to print and put up in the store: a QR code of the location's complaint form, and its address in large type. */
@Component({
  selector: 'fs-poster-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    TranslocoPipe,
    PublicFrame,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './poster-page.html',
  styleUrl: './poster-page.css',
})
export class PosterPage {
  readonly #api = inject(IntakeApi);
  readonly #address = inject(PublicAddress);
  readonly #document = inject(DOCUMENT);

  /** The location code, bound from the route. */
  readonly code = input.required<string>();
  protected readonly layout = signal<PosterLayout>('poster');

  protected readonly poster = toSignal(
    toObservable(this.code).pipe(
      switchMap((code) =>
        combineLatest([this.#api.location(code), this.#address.origin()]).pipe(
          switchMap(([location, origin]) => {
            const url = publicFormUrl(origin, code);
            return from(qrCodeDataUrl(url)).pipe(
              map((qr): PosterLoad => ({ state: 'ready', location, url, qr })),
            );
          }),
          catchError(() => of<PosterLoad>({ state: 'failed' })),
          startWith<PosterLoad>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as PosterLoad },
  );

  protected choose(layout: unknown): void {
    if (layout === 'poster' || layout === 'tent') this.layout.set(layout);
  }

  protected print(): void {
    this.#document.defaultView?.print();
  }
}
