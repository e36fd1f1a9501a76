import { HOME_URL, safeReturnUrl } from './return-url';

describe(safeReturnUrl.name, () => {
  it.each([
    { name: 'missing', value: undefined, expected: HOME_URL },
    { name: 'empty', value: '', expected: HOME_URL },
    { name: 'portal path', value: '/network?page=2', expected: '/network?page=2' },
    { name: 'root', value: '/', expected: HOME_URL },
    { name: 'sign-in itself', value: '/sign-in?returnUrl=%2Fnetwork', expected: HOME_URL },
    { name: 'absolute URL', value: 'https://evil.example/', expected: HOME_URL },
    { name: 'protocol-relative URL', value: '//evil.example/', expected: HOME_URL },
    { name: 'backslash trick', value: '/\\evil.example/', expected: HOME_URL },
  ])('$name', ({ value, expected }) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});
