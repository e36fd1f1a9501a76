import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocationStanding } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageStore } from '../i18n/language-store';
import { BandBadge } from '../ui/band-badge';
import { ScorePipe } from '../ui/score.pipe';
import { ScoreChange, scoreChange } from '../ui/score';

const ARROWS: Record<ScoreChange['direction'], string> = { up: '▲', down: '▼', same: '▶', none: '' };

/** Locations with the card that stands for the period, the change since the period before (arrow and figure) and the band. */
@Component({
  selector: 'fs-standing-table',
  imports: [RouterLink, TranslocoPipe, BandBadge, ScorePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="standings" data-testid="standings">
      <caption class="cdk-visually-hidden">{{ caption() }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ 'homes.standings.location' | transloco }}</th>
          <th scope="col" class="num">{{ 'homes.standings.overall' | transloco }}</th>
          <th scope="col" class="num">{{ 'homes.standings.change' | transloco }}</th>
          <th scope="col">{{ 'homes.standings.band' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of locations(); track row.locationId) {
          @let delta = change(row);
          <tr [attr.data-code]="row.locationCode">
            <th scope="row">
              @if (row.scorecardId) {
                <a [routerLink]="['/scorecards', row.scorecardId]"
                  ><span class="fs-code">{{ row.locationCode }}</span> {{ row.locationName }}</a
                >
              } @else {
                <span class="fs-code">{{ row.locationCode }}</span> {{ row.locationName }}
              }
              @if (row.scorecardId && !row.official) {
                <span class="not-final">{{ 'homes.standings.notFinal' | transloco }}</span>
              }
            </th>
            <td class="num">{{ row.overall | fsScore: language() }}</td>
            <td class="num change" [attr.data-direction]="delta.direction">
              <span aria-hidden="true">{{ arrow(delta.direction) }}</span> {{ delta.text }}
              <span class="cdk-visually-hidden">{{ 'league.change.' + delta.direction | transloco }}</span>
            </td>
            <td><fs-band-badge [band]="row.band" [provisional]="row.provisional && !!row.scorecardId" /></td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    .standings {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 6px 12px 6px 0;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      font-weight: normal;
    }
    thead th {
      font: var(--mat-sys-label-large);
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .change[data-direction='up'] {
      color: var(--fs-band-good);
    }
    .change[data-direction='down'] {
      color: var(--mat-sys-error);
    }
    .not-final {
      margin-inline-start: 6px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StandingTable {
  readonly locations = input.required<readonly LocationStanding[]>();
  readonly caption = input.required<string>();
  protected readonly language = inject(LanguageStore).active;

  protected change(row: LocationStanding): ScoreChange {
    return scoreChange(row.overall, row.previousOverall, this.language());
  }

  protected arrow(direction: ScoreChange['direction']): string {
    return ARROWS[direction];
  }
}
