import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { AppError } from '../errors/app-error';

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's score 3: about 10^8 guesses, out of reach of an online guesser held back by the sign-in limits. */
const MIN_SCORE = 3;

export type PasswordProblem = 'too_short' | 'personal' | 'common';

const MESSAGES: Record<PasswordProblem, string> = {
  too_short: `at least ${MIN_PASSWORD_LENGTH} characters`,
  personal: 'must not contain your e-mail or name',
  common: 'too easy to guess: a common or breached password, or close to one',
};

/** Built on first use: the dictionaries (breached passwords, English words and names) take a moment to load. */
let estimator: ZxcvbnFactory | null = null;
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/** The parts of a user's e-mail and name a password must not contain. */
export function personalParts(user: { email: string; displayName: string }): string[] {
  const at = user.email.lastIndexOf('@');
  const local = (at > 0 ? user.email.slice(0, at) : user.email).toLowerCase();
  const name = user.displayName.toLowerCase();
  const pieces = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length >= 4);
  const wholes = [local, name.replace(/[^\p{L}\p{N}]+/gu, '')].filter((p) => p.length >= 3);
  return [...new Set([...wholes, ...pieces(local), ...pieces(name)])];
}

/** Why a password may not be used for this user, or null when it may. */
export function passwordProblem(password: string, user: { email: string; displayName: string }): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  const parts = personalParts(user);
  const lower = password.toLowerCase();
  if (parts.some((p) => lower.includes(p))) return 'personal';
  if (strength().check(password, parts).score < MIN_SCORE) return 'common';
  return null;
}

/** Refuses a password the policy rejects: 400 naming `password`, with `password.<reason>` as the code. */
export function assertPasswordAllowed(password: string, user: { email: string; displayName: string }): void {
  const problem = passwordProblem(password, user);
  if (problem) {
    throw new AppError(`password.${problem}`, 'invalid', `Invalid password: ${MESSAGES[problem]}`, [{ field: 'password', message: MESSAGES[problem] }]);
  }
}
