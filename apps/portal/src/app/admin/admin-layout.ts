import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ADMIN_SECTIONS } from './admin-sections';

/** Administration: one heading, the sections as links (the current one marked for screen readers), the section below. */
@Component({
  selector: 'fs-admin-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <div class="fs-page admin">
      <p class="kicker" id="admin-kicker">{{ 'admin.heading' | transloco }}</p>
      <nav class="sections" [attr.aria-label]="'admin.sectionsLabel' | transloco">
        <ul>
          @for (section of sections; track section) {
            <li>
              <a
                [routerLink]="section"
                routerLinkActive="current"
                ariaCurrentWhenActive="page"
                [attr.data-testid]="'admin-' + section"
                >{{ 'admin.sections.' + section | transloco }}</a
              >
            </li>
          }
        </ul>
      </nav>
      <router-outlet />
    </div>
  `,
  styles: `
    .kicker {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .sections ul {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0 16px;
      padding: 0;
      list-style: none;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .sections a {
      display: inline-block;
      padding: 8px 4px;
      color: inherit;
      text-decoration: none;
      border-bottom: 3px solid transparent;
    }
    .sections a.current {
      font-weight: 600;
      border-bottom-color: var(--mat-sys-primary);
    }
    .sections a:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLayout {
  protected readonly sections = ADMIN_SECTIONS;
}
