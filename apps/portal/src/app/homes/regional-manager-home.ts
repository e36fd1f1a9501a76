import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageStore } from '../i18n/language-store';
import { PeriodPipe } from '../ui/period.pipe';
import { CaseList } from './case-list';
import { HomeCharts } from './home-charts';
import { HomeShell } from './home-shell';
import { RegionalManagerHomeStore } from './home-stores';
import { HOME_STYLES } from './home-styles';
import { StandingTable } from './standing-table';

/** The regional manager's region: locations by band with their trend, open cases with deadlines, the review under way. */
@Component({
  selector: 'fs-regional-manager-home',
  imports: [RouterLink, TranslocoPipe, PeriodPipe, CaseList, HomeCharts, StandingTable, HomeShell],
  providers: [RegionalManagerHomeStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fs-home-shell [heading]="'homes.regionalManager.heading' | transloco" [loading]="store.loading()" [error]="store.error()" (retry)="store.retry()">
      @if (store.home(); as home) {
        <div class="sections">
          <section class="card wide" aria-labelledby="bands-heading" data-testid="locations-by-band">
            <h2 id="bands-heading">
              {{ 'homes.regionalManager.locations' | transloco: { period: (home.period | fsPeriod: language()), previous: (home.previousPeriod | fsPeriod: language()) } }}
            </h2>
            @for (group of store.groups(); track group.band) {
              <h3 [attr.data-band]="group.band">{{ 'bands.' + group.band | transloco }} · {{ group.locations.length }}</h3>
              <fs-standing-table [locations]="group.locations" [caption]="'bands.' + group.band | transloco" />
            } @empty {
              <p class="quiet">{{ 'homes.noLocations' | transloco }}</p>
            }
          </section>
          <section class="card" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{{ 'homes.regionalManager.cases' | transloco }}</h2>
            @if (home.cases.length) {
              <fs-case-list [cases]="home.cases" />
            } @else {
              <p class="quiet">{{ 'homes.regionalManager.casesEmpty' | transloco }}</p>
            }
          </section>
          <section class="card" aria-labelledby="review-heading" data-testid="review-in-progress">
            <h2 id="review-heading">{{ 'homes.regionalManager.review' | transloco }}</h2>
            @if (home.review; as review) {
              <p>
                <a [routerLink]="['/reviews', review.id]">{{ review.regionName }} · {{ review.period | fsPeriod: language() }}</a>
              </p>
              <p class="quiet">{{ 'homes.regionalManager.reviewProgress' | transloco: { decided: review.decided, total: review.total } }}</p>
            } @else {
              <p class="quiet">{{ 'homes.regionalManager.reviewNone' | transloco }}</p>
              <a routerLink="/reviews">{{ 'homes.regionalManager.startReview' | transloco }}</a>
            }
          </section>
          <section class="card wide" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{{ 'homes.charts.heading' | transloco }}</h2>
            <fs-home-charts slaBy="franchisee" />
          </section>
        </div>
      }
    </fs-home-shell>
  `,
  styles: [HOME_STYLES],
})
export class RegionalManagerHome {
  protected readonly store = inject(RegionalManagerHomeStore);
  protected readonly language = inject(LanguageStore).active;
}
