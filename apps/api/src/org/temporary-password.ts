import { randomInt } from 'node:crypto';
import { passwordProblem } from '../auth/password-policy';

/** No 0/O, 1/l/I: read aloud or copied from a screen without mistakes. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A temporary password of four groups of five random characters (about 115 bits),
 * checked against the same policy as any chosen password; redrawn on the rare
 * draw the policy refuses.
 */
export function temporaryPasswordFor(user: { email: string; displayName: string }): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
    const password = groups.join('-');
    if (passwordProblem(password, user) === null) return password;
  }
}
