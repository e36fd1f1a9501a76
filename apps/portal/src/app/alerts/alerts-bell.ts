import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { Alert } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageStore } from '../i18n/language-store';
import { DateTimePipe } from '../ui/date-time.pipe';
import { AlertsStore } from './alerts-store';

/** Shown in the menu; the full list is the complaints page. */
const MENU_ALERTS = 10;

/** The toolbar's bell: the unread count, and a menu of the latest alerts linking to their complaints. */
@Component({
  selector: 'fs-alerts-bell',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatMenuModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      matIconButton
      class="bell"
      data-testid="alerts-bell"
      [attr.data-stream]="store.connection()"
      [attr.data-unread]="store.loaded() ? store.unread() : null"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'alerts.bell' | transloco: { count: store.unread() }"
      [matBadge]="store.unread()"
      [matBadgeHidden]="store.unread() === 0"
      matBadgeColor="warn"
      matBadgeSize="small"
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-6V11c0-3.07-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2Z"
        />
      </svg>
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="fs-alerts-menu">
      @for (alert of store.items().slice(0, menuSize); track alert.id) {
        <a
          mat-menu-item
          class="alert-item"
          [routerLink]="['/complaints', alert.complaintId]"
          [attr.data-reference]="alert.reference"
          (click)="open(alert)"
        >
          <span class="line">
            {{
              'alerts.kinds.' + alert.kind
                | transloco
                  : {
                      reference: alert.reference,
                      location: alert.locationCode,
                      severity: ('complaints.severities.' + alert.severity | transloco),
                    }
            }}
          </span>
          <span class="when">{{ alert.at | fsDateTime: language() }}</span>
        </a>
      } @empty {
        <p class="empty">{{ 'alerts.empty' | transloco }}</p>
      }
      <button mat-menu-item type="button" [disabled]="store.unread() === 0" (click)="markAllRead()">
        {{ 'alerts.markAllRead' | transloco }}
      </button>
    </mat-menu>
  `,
  styles: `
    .bell {
      color: inherit;
    }
    /* Two lines per alert: the menu's single-line height would overlap them. */
    .alert-item {
      height: auto;
      min-height: 56px;
      padding-block: 8px;
    }
    .line {
      display: block;
    }
    .when {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 0;
      padding: 12px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AlertsBell {
  protected readonly store = inject(AlertsStore);
  protected readonly language = inject(LanguageStore).active;
  protected readonly menuSize = MENU_ALERTS;

  /** Following an alert to its complaint is reading it. */
  protected open(alert: Alert): void {
    void this.store.markReadThrough(alert);
  }

  protected async markAllRead(): Promise<void> {
    await this.store.markAllRead();
  }
}
