import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageStore } from '../i18n/language-store';
import { Chart } from '../ui/chart/chart';
import { DateTimePipe } from '../ui/date-time.pipe';
import { formatPeriodShort } from '../ui/period';
import { HomeCharts } from './home-charts';
import { HomeShell } from './home-shell';
import { AdminHomeStore } from './home-stores';
import { HOME_STYLES } from './home-styles';
import { bandDistributionChart } from './home-view';

/** Head office's view of the network: bands month by month, SLA compliance per region, the closures waiting for a decision. */
@Component({
  selector: 'fs-admin-home',
  imports: [RouterLink, TranslocoPipe, Chart, DateTimePipe, HomeCharts, HomeShell],
  providers: [AdminHomeStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fs-home-shell [heading]="'homes.admin.heading' | transloco" [loading]="store.loading()" [error]="store.error()" (retry)="store.retry()">
      @if (store.home(); as home) {
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
    </fs-home-shell>
  `,
  styles: [HOME_STYLES],
})
export class AdminHome {
  protected readonly store = inject(AdminHomeStore);
  protected readonly language = inject(LanguageStore).active;
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
