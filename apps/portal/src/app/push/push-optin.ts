import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PushSubscriptionBody } from '@franscore/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { PushApi } from './push-api';
import { PushDevice } from './push-device';
import { applicationServerKey, PushOptInState, pushOptInState } from './push-state';
import { SERVICE_WORKER_URL, serviceWorkerSupported } from './service-worker';

const pushSupported = () => serviceWorkerSupported() && 'PushManager' in window && 'Notification' in window;

/**
 * "Alert me on this phone": opts this browser in to web push of the user's
 * alerts (the pager), or out. Unsupported and blocked are shown, not hidden,
 * so staff know why their phone stays silent; the button stays focusable
 * (aria-disabled) so its explanation can be read.
 */
@Component({
  selector: 'fs-push-optin',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      matButton
      class="optin"
      data-testid="push-optin"
      [attr.data-state]="state()"
      [attr.aria-pressed]="state() === 'on'"
      [attr.aria-disabled]="!actionable()"
      [attr.aria-label]="'push.' + (failed() ? 'failed' : state()) | transloco"
      [title]="'push.' + (failed() ? 'failed' : state()) | transloco"
      (click)="toggle()"
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        @if (state() === 'on') {
          <path
            fill="currentColor"
            d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2ZM7.58 4.08 6.15 2.65A10.4 10.4 0 0 0 2 10.5h2a8.4 8.4 0 0 1 3.58-6.42ZM20 10.5h2a10.4 10.4 0 0 0-4.15-7.85l-1.42 1.43A8.4 8.4 0 0 1 20 10.5Z"
          />
        } @else {
          <path
            fill="currentColor"
            d="M20 18.69 7.84 6.14 5.27 3.49 4 4.76l2.8 2.8v.01C6.28 8.56 6 9.73 6 11v5l-2 2v1h13.73l2 2L21 19.72l-1-1.03ZM12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-7.32V11c0-3.08-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68c-.15.03-.29.08-.42.12L18 14.68Z"
          />
        }
      </svg>
      <span class="label">{{ 'push.label' | transloco }}</span>
    </button>
  `,
  styles: `
    .optin {
      color: inherit;
    }
    .optin[aria-disabled='true'] {
      opacity: 0.6;
    }
    .optin[data-state='on'] .label::after {
      content: ' \\2713';
    }
    /* On a phone the toolbar has room for the icon only; the label stays for screen readers. */
    @media (max-width: 899.98px) {
      .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `,
})
export class PushOptIn {
  readonly #api = inject(PushApi);
  readonly #device = inject(PushDevice);
  protected readonly state = signal<PushOptInState | 'pending'>('pending');
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);
  protected readonly actionable = computed(() => !this.busy() && (this.state() === 'on' || this.state() === 'off'));

  constructor() {
    void this.refresh(true);
  }

  protected async toggle(): Promise<void> {
    if (!this.actionable()) return;
    this.busy.set(true);
    this.failed.set(false);
    try {
      if (this.state() === 'on') await this.turnOff();
      else await this.turnOn();
    } catch (error: unknown) {
      console.warn('push opt-in failed', error);
      this.failed.set(true);
    } finally {
      await this.refresh(false);
      this.busy.set(false);
    }
  }

  /** On load, a phone that is on is bound again to whoever is signed in now (a shared phone pages its current user). */
  private async refresh(rebind: boolean): Promise<void> {
    if (!pushSupported()) return this.state.set('unsupported');
    const registration = await navigator.serviceWorker.getRegistration('/');
    const subscription = (await registration?.pushManager.getSubscription()) ?? null;
    const state = pushOptInState({ supported: true, permission: Notification.permission, subscribed: subscription !== null });
    if (rebind && state === 'on' && subscription) await firstValueFrom(this.#api.subscribe(subscription.toJSON() as PushSubscriptionBody)).catch(() => undefined);
    this.state.set(state);
  }

  private async turnOn(): Promise<void> {
    if ((await Notification.requestPermission()) !== 'granted') return;
    await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
    const registration = await navigator.serviceWorker.ready;
    const key = await firstValueFrom(this.#api.publicKey());
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: applicationServerKey(key) }));
    await firstValueFrom(this.#api.subscribe(subscription.toJSON() as PushSubscriptionBody));
  }

  private turnOff(): Promise<void> {
    return this.#device.release();
  }
}
