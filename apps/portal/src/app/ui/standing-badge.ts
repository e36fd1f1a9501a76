import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ScorecardStanding } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Where a scorecard stands for its period, in words: official, a revision
 * pending, not final yet, or superseded; beside an official card, a link to
 * the revision waiting for finalization.
 */
@Component({
  selector: 'fs-standing-badge',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="standing" data-testid="standing" [attr.data-standing]="standing()">{{
      'scorecards.standing.' + standing() | transloco
    }}</span>
    @if (revisionId(); as id) {
      <a class="revision" data-testid="revision-pending" [routerLink]="['/scorecards', id]">{{
        'scorecards.standing.revisionPending' | transloco
      }}</a>
    }`,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
    }
    .standing,
    .revision {
      display: inline-block;
      padding: 2px 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .standing {
      background: var(--mat-sys-surface-container-high);
    }
    .standing[data-standing='official'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .standing[data-standing='not_final'],
    .standing[data-standing='revision'] {
      border: 1px dashed var(--mat-sys-outline);
      background: transparent;
    }
    .standing[data-standing='superseded'] {
      text-decoration: line-through;
    }
    .revision {
      border: 1px dashed var(--mat-sys-tertiary);
    }
  `,
})
export class StandingBadge {
  readonly standing = input.required<ScorecardStanding>();
  /** The revision pending beside an official card, if any. */
  readonly revisionId = input<string | null>(null);
}
