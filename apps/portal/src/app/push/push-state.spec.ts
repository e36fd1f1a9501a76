import { applicationServerKey, PushCapabilities, pushOptInState } from './push-state';

describe(pushOptInState.name, () => {
  it.each<[PushCapabilities, string]>([
    [{ supported: false, permission: 'granted', subscribed: true }, 'unsupported'],
    [{ supported: true, permission: 'denied', subscribed: false }, 'denied'],
    [{ supported: true, permission: 'denied', subscribed: true }, 'denied'],
    [{ supported: true, permission: 'granted', subscribed: true }, 'on'],
    [{ supported: true, permission: 'granted', subscribed: false }, 'off'],
    [{ supported: true, permission: 'default', subscribed: false }, 'off'],
    [{ supported: true, permission: 'default', subscribed: true }, 'off'],
  ])('%j: %s', (capabilities, state) => {
    expect(pushOptInState(capabilities)).toBe(state);
  });
});

describe(applicationServerKey.name, () => {
  it.each([
    ['AQID', [1, 2, 3]],
    ['_-8', [255, 239]],
    ['AA', [0]],
  ])('%s', (key, bytes) => {
    expect([...applicationServerKey(key)]).toEqual(bytes);
  });
});
