import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { PushApi } from './push-api';
import { serviceWorkerSupported } from './service-worker';

/**
 * This browser's push subscription, if it has one. Opting out and signing out
 * both release it: the API forgets the endpoint first (while the session can
 * still say so), then the browser drops the subscription, so a phone handed
 * to someone else after sign-out shows no one's complaints on its lock screen.
 */
@Injectable({ providedIn: 'root' })
export class PushDevice {
  readonly #api = inject(PushApi);

  /** Resolves when this browser holds no subscription; the API's refusal is thrown, the browser keeps it then. */
  async release(): Promise<void> {
    if (!serviceWorkerSupported() || !('PushManager' in window)) return;
    const registration = await navigator.serviceWorker.getRegistration('/');
    const subscription = await registration?.pushManager.getSubscription();
    if (!subscription) return;
    await firstValueFrom(this.#api.unsubscribe(subscription.endpoint));
    await subscription.unsubscribe();
  }

  /**
   * At sign-out: never blocks it. Should the API not hear of it, signing out
   * ends the session that opted the phone in, and the API stops paging it anyway.
   */
  async releaseAtSignOut(): Promise<void> {
    try {
      await this.release();
    } catch (error: unknown) {
      console.warn('push subscription not released at sign-out', error);
      const subscription = await navigator.serviceWorker.getRegistration('/').then((r) => r?.pushManager.getSubscription());
      await subscription?.unsubscribe().catch(() => undefined);
    }
  }
}
