import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AlertsBell } from '../alerts/alerts-bell';
import { PushOptIn } from '../push/push-optin';
import { PushDevice } from '../push/push-device';
import { AlertsStore } from '../alerts/alerts-store';
import { AuthStore } from '../auth/auth-store';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { injectCompact } from '../ui/compact';
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
    PushOptIn,
  ],
  // Here, not in root: the alert stream lives exactly as long as the signed-in shell.
  providers: [AlertsStore],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  readonly #auth = inject(AuthStore);
  readonly #pushDevice = inject(PushDevice);
  readonly #router = inject(Router);

  protected readonly user = this.#auth.user;
  protected readonly navigation = computed(() => navigationFor(this.user()?.role));
  /** Below 900 px the navigation is a menu over the content, closed until asked for. */
  protected readonly compact = injectCompact();
  protected readonly menuOpen = signal(false);

  constructor() {
    // Growing past the breakpoint shows the side navigation anyway; shrinking again must not reopen the overlay.
    effect(() => {
      if (!this.compact()) this.menuOpen.set(false);
    });
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected closeMenu(): void {
    this.menuOpen.set(false);
  }

  protected async signOut(): Promise<void> {
    this.closeMenu();
    // Before the session ends: the API must still know who releases this phone.
    await this.#pushDevice.releaseAtSignOut();
    await this.#auth.signOut();
    await this.#router.navigate(['/sign-in']);
  }
}
