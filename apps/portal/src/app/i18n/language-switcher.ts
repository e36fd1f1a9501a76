import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, isLanguage } from './language';
import { LanguageStore } from './language-store';

@Component({
  selector: 'fs-language-switcher',
  imports: [MatButtonToggleModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [attr.aria-label]="'language.label' | transloco"
      [value]="store.active()"
      (change)="choose($event)"
    >
      @for (language of languages; track language) {
        <mat-button-toggle
          [value]="language"
          [attr.lang]="language"
          [aria-label]="'language.' + language | transloco"
        >
          {{ language.toUpperCase() }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    mat-button-toggle-group {
      --mat-button-toggle-height: 36px;
    }
  `,
})
export class LanguageSwitcher {
  protected readonly store = inject(LanguageStore);
  protected readonly languages = LANGUAGES;

  protected choose(change: MatButtonToggleChange): void {
    if (isLanguage(change.value)) this.store.use(change.value);
  }
}
