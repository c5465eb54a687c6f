import { hash, verify } from '@node-rs/argon2';
import { BadRequestError } from '../../plugins/errors.js';
import { isGuessablePassword } from './password-strength.js';

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1 (the library's default algorithm is argon2id).
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throwaway hash so a login for an unknown user costs the same time as a wrong
 * password: response time must not reveal which logins exist.
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('portico-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

/**
 * NIST SP 800-63B: a length range and no common or easily guessed password; no composition rules, which
 * push people to worse passwords. `related` are the account's own words (login, e-mail, name).
 */
export function assertAcceptablePassword(password: string, field = 'password', related: readonly string[] = []): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new BadRequestError(`The ${field} must be at least ${PASSWORD_MIN_LENGTH} characters long.`, [
      { path: `body/${field}`, message: `must be at least ${PASSWORD_MIN_LENGTH} characters` },
    ]);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new BadRequestError(`The ${field} must be at most ${PASSWORD_MAX_LENGTH} characters long.`, [
      { path: `body/${field}`, message: `must be at most ${PASSWORD_MAX_LENGTH} characters` },
    ]);
  }
  if (isGuessablePassword(password, related)) {
    throw new BadRequestError(`The ${field} is too common or too easy to guess. Use a longer phrase of unrelated words.`, [
      { path: `body/${field}`, message: 'is too common or too easy to guess' },
    ]);
  }
}
