import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BandName } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';

/** A band in words and colour; the words carry the meaning, the colour only repeats it. */
@Component({
  selector: 'fs-band-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="band" [attr.data-band]="band() ?? 'none'">{{
      (band() ? 'bands.' + band() : 'bands.none') | transloco
    }}</span>
    @if (provisional()) {
      <span class="provisional">{{ 'bands.provisional' | transloco }}</span>
    }`,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
    }
    .band,
    .provisional {
      display: inline-block;
      padding: 2px 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
    }
    .band {
      border-left: 4px solid var(--fs-band-none);
    }
    .band[data-band='good'] {
      background: var(--fs-band-good-container);
      color: var(--fs-band-good-on);
      border-color: var(--fs-band-good);
    }
    .band[data-band='watch'] {
      background: var(--fs-band-watch-container);
      color: var(--fs-band-watch-on);
      border-color: var(--fs-band-watch);
    }
    .band[data-band='warning'] {
      background: var(--fs-band-warning-container);
      color: var(--fs-band-warning-on);
      border-color: var(--fs-band-warning);
    }
    .band[data-band='closure'] {
      background: var(--fs-band-closure-container);
      color: var(--fs-band-closure-on);
      border-color: var(--fs-band-closure);
    }
    .provisional {
      border: 1px dashed var(--mat-sys-outline);
      background: transparent;
    }
  `,
})
export class BandBadge {
  readonly band = input.required<BandName | null>();
  readonly provisional = input(false);
}
