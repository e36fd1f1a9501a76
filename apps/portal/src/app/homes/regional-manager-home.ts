import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey } from '../http/api-error';
import { LanguageStore } from '../i18n/language-store';
import { ErrorBanner } from '../ui/error-banner';
import { PeriodPipe } from '../ui/period.pipe';
import { CaseList } from './case-list';
import { HomeCharts } from './home-charts';
import { RegionalManagerHomeStore } from './home-stores';
import { HOME_STYLES } from './home-styles';
import { StandingTable } from './standing-table';

/** The regional manager's region: locations by band with their trend, open cases with deadlines, the review under way. */
@Component({
  selector: 'fs-regional-manager-home',
  imports: [RouterLink, MatProgressBarModule, TranslocoPipe, ErrorBanner, PeriodPipe, CaseList, HomeCharts, StandingTable],
  providers: [RegionalManagerHomeStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fs-page" aria-labelledby="home-heading" [attr.aria-busy]="store.loading()">
      <h1 id="home-heading">{{ 'homes.regionalManager.heading' | transloco }}</h1>
      <div class="fs-progress">
        @if (store.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'homes.loading' | transloco" />
        }
      </div>
      @if (store.error(); as error) {
        <fs-error-banner
          [title]="'homes.loadFailed' | transloco"
          [message]="errorMessageKey(error) | transloco"
          [retryLabel]="'errors.retry' | transloco"
          (retry)="store.retry()"
        />
      } @else if (store.home(); as home) {
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
    </section>
  `,
  styles: [HOME_STYLES],
})
export class RegionalManagerHome {
  protected readonly store = inject(RegionalManagerHomeStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly errorMessageKey = errorMessageKey;
}
