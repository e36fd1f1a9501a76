import { Injectable, computed, inject, signal } from '@angular/core';
import { Login, Me } from '@franscore/domain';
import { firstValueFrom } from 'rxjs';
import { toApiError } from '../http/api-error';
import { AuthApi } from './auth-api';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

/** Who is signed in, and the CSRF token that goes with the session. Kept in memory only. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  readonly #api = inject(AuthApi);
  readonly #me = signal<Me | null>(null);
  readonly #status = signal<SessionStatus>('unknown');
  #restoring: Promise<void> | null = null;
  #refreshing: Promise<string | null> | null = null;

  readonly status = this.#status.asReadonly();
  readonly signedIn = computed(() => this.#status() === 'signed-in');
  readonly user = computed(() => this.#me()?.user ?? null);
  readonly csrfToken = computed(() => this.#me()?.csrfToken ?? null);

  /**
   * Asks the server once, on the first guarded navigation, whether the session
   * cookie is still good. Public pages (the customer's form and status link)
   * never get here, so a customer's browser never calls /api/auth.
   */
  ensureRestored(): Promise<void> {
    if (this.#status() !== 'unknown') return Promise.resolve();
    this.#restoring ??= this.restore();
    return this.#restoring;
  }

  /** On start the session cookie may still be valid; only the server can tell. */
  async restore(): Promise<void> {
    try {
      this.#accept(await firstValueFrom(this.#api.me()));
    } catch {
      this.forget();
    }
  }

  /**
   * The session's current CSRF token, asked of the server after it refused the
   * one at hand. Writes refused together share one request.
   */
  refreshCsrf(): Promise<string | null> {
    this.#refreshing ??= firstValueFrom(this.#api.me())
      .then((me) => {
        this.#accept(me);
        return me.csrfToken;
      })
      .finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  /** Rejects with an ApiError so the sign-in page can say why. */
  async signIn(credentials: Login): Promise<void> {
    try {
      this.#accept(await firstValueFrom(this.#api.login(credentials)));
    } catch (error) {
      throw toApiError(error);
    }
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.#api.logout());
    } catch {
      // The session is dropped here either way; an expired one is already gone on the server.
    } finally {
      this.forget();
    }
  }

  forget(): void {
    this.#me.set(null);
    this.#status.set('signed-out');
  }

  #accept(me: Me): void {
    this.#me.set(me);
    this.#status.set('signed-in');
  }
}
