/** What the "Alert me on this phone" toggle shows. */
export type PushOptInState = 'unsupported' | 'denied' | 'on' | 'off';

export interface PushCapabilities {
  /** Service workers, the Push API and notifications all exist (an iPhone has them only in the installed app). */
  supported: boolean;
  permission: NotificationPermission;
  /** This browser holds a push subscription. */
  subscribed: boolean;
}

export function pushOptInState(c: PushCapabilities): PushOptInState {
  if (!c.supported) return 'unsupported';
  // A refusal is the browser's to undo: the toggle cannot ask again.
  if (c.permission === 'denied') return 'denied';
  return c.subscribed && c.permission === 'granted' ? 'on' : 'off';
}

/** The VAPID key as the API gives it (base64url) to the bytes PushManager.subscribe wants. */
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (base64url.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
