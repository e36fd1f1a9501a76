import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AuthStore } from '../auth/auth-store';
import { AdminHome } from './admin-home';
import { AuditorHome } from './auditor-home';
import { FranchiseeHome } from './franchisee-home';
import { RegionalManagerHome } from './regional-manager-home';

/** Each role's home; each is its own chunk, loaded only for the role that sees it. Staff have /now. */
@Component({
  selector: 'fs-home-page',
  imports: [AdminHome, AuditorHome, FranchiseeHome, RegionalManagerHome],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (role()) {
      @case ('admin') {
        @defer {
          <fs-admin-home />
        }
      }
      @case ('auditor') {
        @defer {
          <fs-auditor-home />
        }
      }
      @case ('regional_manager') {
        @defer {
          <fs-regional-manager-home />
        }
      }
      @case ('franchisee') {
        @defer {
          <fs-franchisee-home />
        }
      }
    }
  `,
})
export class HomePage {
  readonly #auth = inject(AuthStore);
  protected readonly role = computed(() => this.#auth.user()?.role);
}
