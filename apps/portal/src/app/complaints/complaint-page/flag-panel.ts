import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageStore } from '../../i18n/language-store';
import { DateTimePipe } from '../../ui/date-time.pipe';
import { ComplaintFlagStore } from '../complaint-flag-store';

/** DOMAIN.md "Bad-faith signals": the flag and the complaints behind it, for head office and the franchisee. */
@Component({
  selector: 'fs-flag-panel',
  imports: [RouterLink, TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.flag(); as flag) {
      @if (flag.flagged) {
        <section class="flag" aria-labelledby="flag-heading" data-testid="bad-faith-flag">
          <h2 id="flag-heading">{{ 'complaints.flag.heading' | transloco }}</h2>
          <ul class="rules">
            @for (rule of flag.rules; track rule) {
              <li>{{ 'complaints.flag.rules.' + rule | transloco }}</li>
            }
          </ul>
          @if (flag.related.length) {
            <p>{{ 'complaints.flag.behind' | transloco }}</p>
            <ul data-testid="bad-faith-related">
              @for (other of flag.related; track other.id) {
                <li>
                  <a [routerLink]="['/complaints', other.id]">{{ other.reference }}</a>
                  · {{ other.locationCode }} · {{ other.receivedAt | fsDateTime: language() }}
                </li>
              }
            </ul>
          }
          @if (flag.relatedElsewhere) {
            <p>{{ 'complaints.flag.elsewhere' | transloco: { count: flag.relatedElsewhere } }}</p>
          }
          <p class="hint">{{ 'complaints.flag.notAJudgement' | transloco }}</p>
        </section>
      }
    }
  `,
  styles: `
    .flag {
      border-left: 4px solid var(--mat-sys-tertiary, #7d5260);
      padding: 4px 12px;
      margin: 12px 0;
    }
    .rules {
      margin: 0 0 8px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant, #49454f);
      font-size: 0.9em;
    }
  `,
})
export class FlagPanel {
  protected readonly store = inject(ComplaintFlagStore);
  protected readonly language = inject(LanguageStore).active;
  readonly complaintId = input.required<string>();

  constructor() {
    effect(() => {
      const id = this.complaintId();
      untracked(() => void this.store.load(id));
    });
  }
}
