import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { HomeCase } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { interval, map } from 'rxjs';
import { LanguageStore } from '../i18n/language-store';
import { Deadline } from '../ui/deadline';
import { HOME_STYLES } from './home-styles';

/** Open enforcement cases with their level, where the plan stands and the cure deadline counting down. */
@Component({
  selector: 'fs-case-list',
  imports: [RouterLink, TranslocoPipe, Deadline],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="list" data-testid="open-cases">
      @for (c of cases(); track c.id) {
        <li [attr.data-code]="c.locationCode">
          <span>
            <a [routerLink]="['/enforcement', c.id]"
              ><span class="fs-code">{{ c.locationCode }}</span> {{ c.locationName }}</a
            >
            · {{ 'enforcement.levels.' + c.level | transloco }} ·
            <span class="quiet">{{ 'homes.cases.plan.' + c.plan | transloco }}</span>
          </span>
          <span class="quiet"
            >{{ 'homes.cases.cure' | transloco }} <fs-deadline [dueAt]="c.cureDeadline" [now]="now()" [language]="language()"
          /></span>
        </li>
      }
    </ul>
  `,
  styles: [HOME_STYLES],
})
export class CaseList {
  readonly cases = input.required<readonly HomeCase[]>();
  protected readonly language = inject(LanguageStore).active;
  protected readonly now = toSignal(interval(60_000).pipe(map(() => Date.now())), { initialValue: Date.now() });
}
