import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey } from '../../http/api-error';
import { ErrorBanner } from '../../ui/error-banner';
import { LocationStore } from '../location-store';
import { OrderVolumeChart } from '../order-volume-chart/order-volume-chart';

/** One location: who runs it, where, and its daily orders from the point of sale. */
@Component({
  selector: 'fs-location-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe, ErrorBanner, OrderVolumeChart],
  providers: [LocationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './location-page.html',
  styleUrl: './location-page.css',
})
export class LocationPage {
  protected readonly store = inject(LocationStore);
  protected readonly errorMessageKey = errorMessageKey;
  /** The route's `:id`. */
  readonly id = input.required<string>();

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.show(id));
    });
  }
}
