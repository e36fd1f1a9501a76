import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CaseEvent } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { historyLabelKey } from '../case-permissions';

/** Every transition of the case, oldest first, with who (or the rule) did it, why, and the scorecard behind it. */
@Component({
  selector: 'fs-case-history',
  imports: [RouterLink, TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="history" data-testid="case-history">
      @for (event of events(); track event.seq) {
        <li [attr.data-action]="event.action">
          <div class="head">
            <strong>
              @if (labelKey(event.action); as key) {
                {{ key | transloco }}
              } @else {
                {{ event.action }}
              }
            </strong>
            <span class="meta">
              {{
                'enforcement.historyBy'
                  | transloco
                    : {
                        actor:
                          event.actorLabel === 'rule'
                            ? ('enforcement.ruleActor' | transloco)
                            : event.actorLabel,
                      }
              }}
              · <time [attr.datetime]="event.at">{{ event.at | fsDateTime: language() }}</time>
            </span>
          </div>
          @if (event.fromLevel !== event.toLevel) {
            <p class="levels">
              {{
                'enforcement.levelChange'
                  | transloco
                    : {
                        from: event.fromLevel
                          ? ('enforcement.levels.' + event.fromLevel | transloco)
                          : '—',
                        to: event.toLevel
                          ? ('enforcement.levels.' + event.toLevel | transloco)
                          : '—',
                      }
              }}
            </p>
          }
          <p class="reason">{{ event.reason }}</p>
          @if (event.scorecardId) {
            <a [routerLink]="['/scorecards', event.scorecardId]">{{
              'enforcement.scorecardBehind' | transloco
            }}</a>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .history {
      margin: 0;
      padding: 0 0 0 20px;
    }
    li {
      margin: 0 0 12px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .levels,
    .reason {
      margin: 4px 0 0;
    }
    .reason {
      white-space: pre-wrap;
    }
  `,
})
export class CaseHistory {
  readonly events = input.required<readonly CaseEvent[]>();
  readonly language = input.required<string>();
  protected readonly labelKey = historyLabelKey;
}
