import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AlertsBell } from '../alerts/alerts-bell';
import { AlertsStore } from '../alerts/alerts-store';
import { AuthStore } from '../auth/auth-store';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { navigationFor } from './navigation';

@Component({
  selector: 'fs-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
    TranslocoPipe,
    LanguageSwitcher,
    AlertsBell,
  ],
  // Here, not in root: the alert stream lives exactly as long as the signed-in shell.
  providers: [AlertsStore],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);

  protected readonly user = this.#auth.user;
  protected readonly navigation = computed(() => navigationFor(this.user()?.role));

  protected async signOut(): Promise<void> {
    await this.#auth.signOut();
    await this.#router.navigate(['/sign-in']);
  }
}
