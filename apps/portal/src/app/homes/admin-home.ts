import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessageKey } from '../http/api-error';
import { LanguageStore } from '../i18n/language-store';
import { Chart } from '../ui/chart/chart';
import { DateTimePipe } from '../ui/date-time.pipe';
import { ErrorBanner } from '../ui/error-banner';
import { formatPeriodShort } from '../ui/period';
import { HomeCharts } from './home-charts';
import { AdminHomeStore } from './home-stores';
import { HOME_STYLES } from './home-styles';
import { bandDistributionChart } from './home-view';

/** Head office's view of the network: bands month by month, SLA compliance per region, the closures waiting for a decision. */
@Component({
  selector: 'fs-admin-home',
  imports: [RouterLink, MatProgressBarModule, TranslocoPipe, Chart, DateTimePipe, ErrorBanner, HomeCharts],
  providers: [AdminHomeStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fs-page" aria-labelledby="home-heading" [attr.aria-busy]="store.loading()">
      <h1 id="home-heading">{{ 'homes.admin.heading' | transloco }}</h1>
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
          <section class="card wide" aria-labelledby="bands-heading">
            <h2 id="bands-heading">{{ 'homes.admin.bands' | transloco }}</h2>
            @if (bandChart(); as spec) {
              <fs-chart [spec]="spec" data-testid="band-chart" />
            }
          </section>
          <section class="card" aria-labelledby="closures-heading" data-testid="closures-waiting">
            <h2 id="closures-heading">{{ 'homes.admin.closures' | transloco }}</h2>
            @if (home.closuresWaiting.length === 0) {
              <p class="quiet">{{ 'homes.admin.closuresEmpty' | transloco }}</p>
            } @else {
              <ul class="list">
                @for (c of home.closuresWaiting; track c.caseId) {
                  <li>
                    <a [routerLink]="['/enforcement', c.caseId]"
                      ><span class="fs-code">{{ c.locationCode }}</span> {{ c.locationName }}</a
                    >
                    <span class="quiet">
                      {{ 'homes.admin.recommended' | transloco: { recommendation: ('homes.admin.recommendations.' + c.recommendation | transloco), by: c.by, at: (c.recommendedAt | fsDateTime: language()) } }}
                    </span>
                  </li>
                }
              </ul>
            }
          </section>
          <section class="card wide" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{{ 'homes.charts.heading' | transloco }}</h2>
            <fs-home-charts slaBy="region" />
          </section>
        </div>
      }
    </section>
  `,
  styles: [HOME_STYLES],
})
export class AdminHome {
  protected readonly store = inject(AdminHomeStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly errorMessageKey = errorMessageKey;
  readonly #transloco = inject(TranslocoService);

  protected readonly bandChart = computed(() => {
    const home = this.store.home();
    const language = this.language();
    if (!home) return null;
    const t = (key: string) => this.#transloco.translate(key, {}, language);
    const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    return bandDistributionChart(home.bandsByMonth, {
      caption: t('homes.admin.bandsCaption'),
      categoryLabel: t('homes.admin.month'),
      series: (band) => t(`bands.${band}`),
      period: (period) => formatPeriodShort(period, language),
      format: (v) => count.format(v),
    });
  });
}
