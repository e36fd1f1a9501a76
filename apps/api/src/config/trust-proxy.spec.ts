import { TrustProxySchema } from './trust-proxy';

describe('TrustProxySchema', () => {
  it.each([
    { value: 'off', expected: false },
    { value: '0', expected: false },
    { value: '1', expected: 1 },
    { value: '2', expected: 2 },
    { value: '10.0.0.5', expected: ['10.0.0.5'] },
    { value: '10.0.0.0/8, ::1', expected: ['10.0.0.0/8', '::1'] },
    { value: 'loopback,uniquelocal', expected: ['loopback', 'uniquelocal'] },
  ])('reads $value', ({ value, expected }) => {
    expect(TrustProxySchema.parse(value)).toEqual(expected);
  });

  // `true` would believe any X-Forwarded-For, which is what TRUST_PROXY exists to prevent.
  it.each(['true', 'on', 'proxy.example.com', '10.0.0.1,', '-1', '300.1.1.1'])('refuses %s', (value) => {
    expect(TrustProxySchema.safeParse(value).success).toBe(false);
  });
});
