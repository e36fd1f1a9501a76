import { signInErrorKey } from './sign-in-error';

describe(signInErrorKey.name, () => {
  it.each([
    { name: 'wrong credentials', status: 401, expected: 'signIn.errors.invalidCredentials' },
    { name: 'rate limited', status: 429, expected: 'signIn.errors.rateLimited' },
    { name: 'bad fields', status: 400, expected: 'signIn.errors.badRequest' },
    { name: 'server down', status: 0, expected: 'signIn.errors.unavailable' },
    { name: 'server error', status: 500, expected: 'signIn.errors.unavailable' },
  ])('$name', ({ status, expected }) => {
    expect(signInErrorKey(status)).toBe(expected);
  });
});
