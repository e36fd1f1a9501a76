import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { StepProgress } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';

/** For the auditor: the playbook steps a sampled case's timeline shows as missing or late. */
@Component({
  selector: 'fs-playbook-gaps',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="gaps" data-testid="playbook-gaps">
      <strong>{{ 'playbooks.audit.heading' | transloco }}</strong>
      @if (gaps().length) {
        <ul>
          @for (gap of gaps(); track $index) {
            <li [attr.data-state]="gap.state" [attr.data-event]="gap.event">
              {{ language() === 'ru' ? gap.title.ru : gap.title.en }} —
              <span class="state">{{ 'playbooks.audit.' + gap.state | transloco }}</span>
            </li>
          }
        </ul>
      } @else {
        <span>{{ 'playbooks.audit.none' | transloco }}</span>
      }
    </div>
  `,
  styles: `
    .gaps {
      margin: 8px 0;
      padding: 8px 12px;
      border-left: 3px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-surface-container-low);
    }
    ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    li[data-state='missing'] .state,
    li[data-state='late'] .state {
      color: var(--mat-sys-error);
    }
  `,
})
export class PlaybookGaps {
  readonly gaps = input.required<readonly StepProgress[]>();
  readonly language = input.required<string>();
}
