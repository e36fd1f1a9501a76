import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { PublicFrame } from '../../ui/public-frame';
import { PublicLocation } from '@franscore/domain';
import { IntakeApi } from '../intake-api';
import { publicFormUrl } from '../public-form-url';

type PosterLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly location: PublicLocation }
  | { readonly state: 'failed' };

/**
 * A sheet to print and put up in the store: where customers file a complaint.
 * It shows the form's address in large type; a QR image would need a QR
 * library, which the workspace does not have yet.
 */
@Component({
  selector: 'fs-poster-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, PublicFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fs-public-frame>
      @let load = poster();
      @switch (load.state) {
        @case ('loading') {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'poster.loading' | transloco" />
        }
        @case ('failed') {
          <p role="alert">{{ 'complaintForm.unknownLocation' | transloco }}</p>
        }
        @case ('ready') {
          <article class="poster">
            <h1>{{ 'poster.heading' | transloco }}</h1>
            <p class="location">{{ load.location.name }}</p>
            <p class="lead">{{ 'poster.lead' | transloco }}</p>
            <p class="url" data-testid="poster-url">{{ url() }}</p>
            <p class="note">{{ 'poster.note' | transloco }}</p>
          </article>
          <button mat-flat-button type="button" class="print" (click)="print()">
            {{ 'poster.print' | transloco }}
          </button>
        }
      }
    </fs-public-frame>
  `,
  styles: `
    .poster {
      padding: 32px;
      border: 2px solid var(--mat-sys-outline);
      border-radius: 16px;
      text-align: center;
    }
    h1 {
      margin: 0 0 8px;
      font: var(--mat-sys-display-small);
    }
    .location {
      font: var(--mat-sys-headline-small);
    }
    .lead {
      font: var(--mat-sys-title-large);
    }
    .url {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 28px;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .print {
      margin-top: 16px;
    }
    @media print {
      .print {
        display: none;
      }
      .poster {
        border: none;
      }
    }
  `,
})
export class PosterPage {
  readonly #api = inject(IntakeApi);
  readonly #document = inject(DOCUMENT);

  /** The location code, bound from the route. */
  readonly code = input.required<string>();

  protected readonly url = computed(() =>
    publicFormUrl(this.#document.location.origin, this.code()),
  );
  protected readonly poster = toSignal(
    toObservable(this.code).pipe(
      switchMap((code) =>
        this.#api.location(code).pipe(
          map((location): PosterLoad => ({ state: 'ready', location })),
          catchError(() => of<PosterLoad>({ state: 'failed' })),
          startWith<PosterLoad>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as PosterLoad },
  );

  protected print(): void {
    this.#document.defaultView?.print();
  }
}
