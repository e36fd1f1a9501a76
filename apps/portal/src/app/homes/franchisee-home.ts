import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { interval, map } from 'rxjs';
import { LanguageStore } from '../i18n/language-store';
import { Deadline } from '../ui/deadline';
import { PeriodPipe } from '../ui/period.pipe';
import { HomeCharts } from './home-charts';
import { HomeShell } from './home-shell';
import { FranchiseeHomeStore } from './home-stores';
import { HOME_STYLES } from './home-styles';
import { StandingTable } from './standing-table';

/** The franchisee's locations with their official score and trend, and what needs their answer by when. */
@Component({
  selector: 'fs-franchisee-home',
  imports: [RouterLink, TranslocoPipe, Deadline, PeriodPipe, HomeCharts, StandingTable, HomeShell],
  providers: [FranchiseeHomeStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fs-home-shell [heading]="'homes.franchisee.heading' | transloco" [loading]="store.loading()" [error]="store.error()" (retry)="store.retry()">
      @if (store.home(); as home) {
        <div class="sections">
          <section class="card" aria-labelledby="answer-heading" data-testid="to-answer">
            <h2 id="answer-heading">{{ 'homes.franchisee.toAnswer' | transloco }}</h2>
            @if (home.toAnswer.length === 0) {
              <p class="quiet">{{ 'homes.franchisee.toAnswerEmpty' | transloco }}</p>
            } @else {
              <ul class="list">
                @for (item of home.toAnswer; track $index) {
                  <li [attr.data-kind]="item.kind">
                    <a [routerLink]="item.link">{{ 'homes.franchisee.kinds.' + item.kind | transloco: { location: item.locationCode, reference: item.reference ?? '' } }}</a>
                    @if (item.due) {
                      <fs-deadline [dueAt]="item.due" [now]="now()" [language]="language()" />
                    } @else {
                      <span class="quiet">{{ 'homes.franchisee.waiting' | transloco }}</span>
                    }
                  </li>
                }
              </ul>
            }
          </section>
          <section class="card" aria-labelledby="locations-heading" data-testid="my-locations">
            <h2 id="locations-heading">
              {{ 'homes.franchisee.locations' | transloco: { period: (home.period | fsPeriod: language()) } }}
            </h2>
            @if (home.locations.length) {
              <fs-standing-table [locations]="home.locations" [caption]="'homes.franchisee.locations' | transloco: { period: (home.period | fsPeriod: language()) }" />
            } @else {
              <p class="quiet">{{ 'homes.noLocations' | transloco }}</p>
            }
          </section>
          <section class="card wide" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{{ 'homes.charts.heading' | transloco }}</h2>
            <fs-home-charts />
          </section>
        </div>
      }
    </fs-home-shell>
  `,
  styles: [HOME_STYLES],
})
export class FranchiseeHome {
  protected readonly store = inject(FranchiseeHomeStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly now = toSignal(interval(60_000).pipe(map(() => Date.now())), { initialValue: Date.now() });
}
