import { DEMO_PASSWORD } from '@franscore/seed';
import { AppError } from '../errors/app-error';
import { assertPasswordAllowed, passwordProblem, personalParts } from './password-policy';

const anna = { email: 'anna.smith@example.com', displayName: 'Anna Smith' };

describe(passwordProblem.name, () => {
  it.each([
    { password: 'short-1A!', expected: 'too_short' },
    { password: '12345678901', expected: 'too_short' },
    // 12 characters counted as the user sees them, not as UTF-16 units.
    { password: '🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑', expected: 'too_short' },
    { password: 'password1234', expected: 'common' },
    { password: 'qwertyuiop12', expected: 'common' },
    { password: 'iloveyou2024', expected: 'common' },
    { password: 'Password123!', expected: 'common' },
    { password: '111111111111', expected: 'common' },
    { password: 'abcdefghijkl', expected: 'common' },
    { password: 'ANNA.SMITH-2026', expected: 'personal' },
    { password: 'blue-smith-kettle', expected: 'personal' },
    { password: 'xx-annasmith-xx', expected: 'personal' },
    { password: 'sturdy-lamp-orbit-42', expected: null },
    { password: 'kettle-orbit-7391', expected: null },
    { password: 'correct horse battery staple', expected: null },
  ])('$password: $expected', ({ password, expected }) => {
    expect(passwordProblem(password, anna)).toBe(expected);
  });

  // The seed writes the demo users' hash directly; their names hold "demo", which the policy would refuse.
  it('finds the demo password itself strong enough', () => {
    expect(passwordProblem(DEMO_PASSWORD, { email: 'pat@example.com', displayName: 'Pat Jones' })).toBeNull();
  });
});

describe(personalParts.name, () => {
  it('takes the local part, the name, and their longer pieces', () => {
    expect(personalParts(anna).sort()).toEqual(['anna', 'anna.smith', 'annasmith', 'smith'].sort());
  });

  it('skips pieces too short to mean anything', () => {
    expect(personalParts({ email: 'jo@example.com', displayName: 'Jo Li' })).toEqual(['joli']);
  });
});

describe(assertPasswordAllowed.name, () => {
  it('answers 400 naming the password field with the reason as the code', () => {
    let error: unknown;
    try {
      assertPasswordAllowed('password1234', anna);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'password.common', kind: 'invalid', details: [{ field: 'password' }] });
  });
});
