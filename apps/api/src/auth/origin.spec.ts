import { isForeignOrigin } from './origin';

describe(isForeignOrigin.name, () => {
  it.each([
    { origin: undefined, host: 'app.example:3000', foreign: false },
    { origin: 'http://app.example:3000', host: 'app.example:3000', foreign: false },
    { origin: 'https://evil.example', host: 'app.example:3000', foreign: true },
    { origin: 'http://app.example:4000', host: 'app.example:3000', foreign: true },
    { origin: 'null', host: 'app.example:3000', foreign: true },
    { origin: 'not a url', host: 'app.example:3000', foreign: true },
    { origin: '', host: 'app.example:3000', foreign: true },
  ])('$origin to $host: foreign $foreign', ({ origin, host, foreign }) => {
    expect(isForeignOrigin(origin, host)).toBe(foreign);
  });
});
