import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatToolbarModule } from '@angular/material/toolbar';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitcher } from '../i18n/language-switcher';

/** The frame of the customer's pages: the product name and the language, nothing of the signed-in portal. */
@Component({
  selector: 'fs-public-frame',
  imports: [MatToolbarModule, TranslocoPipe, LanguageSwitcher],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <mat-toolbar class="toolbar">
        <span class="product">{{ 'app.name' | transloco }}</span>
        <span class="spacer"></span>
        <fs-language-switcher />
      </mat-toolbar>
    </header>
    <main class="content">
      <ng-content />
    </main>
  `,
  styles: `
    :host {
      display: block;
      min-height: 100%;
    }
    .toolbar {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .product {
      font: var(--mat-sys-title-large);
    }
    .spacer {
      flex: 1;
    }
    .content {
      box-sizing: border-box;
      width: min(720px, 100%);
      margin: 0 auto;
      padding: 24px 16px 48px;
    }
    @media print {
      header {
        display: none;
      }
      .content {
        width: 100%;
        padding: 0;
      }
    }
  `,
})
export class PublicFrame {}
