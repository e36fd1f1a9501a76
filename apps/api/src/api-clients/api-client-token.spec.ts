import { bearerToken, newApiToken, tokenHash, tokenPrefix } from './api-client-token';

describe('API client tokens', () => {
  it('are long, random and hashed to 64 hex characters', () => {
    const [a, b] = [newApiToken(), newApiToken()];
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(40);
    expect(tokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(a)).not.toBe(tokenHash(b));
    expect(tokenPrefix(a)).toBe(a.slice(0, 10));
  });

  it.each([
    ['Bearer fsc_abcdefghijklmnop', 'fsc_abcdefghijklmnop'],
    ['bearer   fsc_abcdefghijklmnop ', 'fsc_abcdefghijklmnop'],
    ['Basic fsc_abcdefghijklmnop', null],
    ['Bearer short', null],
    ['Bearer fsc_abc defghijklmnop', null],
    ['', null],
    [undefined, null],
  ])('reads %p as %p', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
