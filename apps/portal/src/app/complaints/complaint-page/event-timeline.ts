import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ComplaintEvent } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from '../../ui/date-time.pipe';

/** The complaint's timeline: every event with who and when, oldest first, as recorded. */
@Component({
  selector: 'fs-event-timeline',
  imports: [TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (events().length === 0) {
      <p class="empty">{{ 'complaints.timeline.empty' | transloco }}</p>
    } @else {
      <ol class="timeline" data-testid="timeline">
        @for (event of events(); track event.id) {
          <li [attr.data-type]="event.type">
            <div class="head">
              <strong>{{ 'complaints.events.' + event.type | transloco }}</strong>
              <span class="meta">
                {{ 'complaints.timeline.by' | transloco: { actor: event.actorLabel } }} ·
                <time [attr.datetime]="event.at">{{ event.at | fsDateTime: language() }}</time>
              </span>
            </div>
            @switch (event.type) {
              @case ('compensation_offered') {
                <p class="detail">
                  {{
                    'complaints.timeline.compensation'
                      | transloco
                        : {
                            kind:
                              ('complaints.compensationKinds.' + text(event, 'kind') | transloco),
                            value: text(event, 'value'),
                          }
                  }}
                </p>
              }
              @case ('followup_rating') {
                <p class="detail">
                  {{ 'complaints.timeline.rating' | transloco: { rating: text(event, 'rating') } }}
                </p>
              }
              @case ('dispute_filed') {
                <p class="detail">
                  {{
                    'complaints.timeline.disputeReason'
                      | transloco
                        : {
                            reason:
                              ('complaints.disputeReasons.' + text(event, 'reason') | transloco),
                          }
                  }}
                </p>
              }
            }
            @if (event.note) {
              <p class="note">{{ event.note }}</p>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .timeline {
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
    .meta,
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .detail,
    .note {
      margin: 4px 0 0;
    }
    .note {
      white-space: pre-wrap;
    }
  `,
})
export class EventTimeline {
  readonly events = input.required<readonly ComplaintEvent[]>();
  readonly language = input.required<string>();

  /** A value from an event's free-form data, as text. */
  protected text(event: ComplaintEvent, key: string): string {
    const value = event.data[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}
