/** Why sign-in failed, in words: the server's own message may name internals. */
export function signInErrorKey(status: number): string {
  switch (status) {
    case 401:
      return 'signIn.errors.invalidCredentials';
    case 429:
      return 'signIn.errors.rateLimited';
    case 400:
      return 'signIn.errors.badRequest';
    default:
      return 'signIn.errors.unavailable';
  }
}
