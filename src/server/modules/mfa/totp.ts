import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { generateSecret, generateSync, generateURI } from 'otplib';

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const ISSUER = 'Portico';

export function newTotpSecret(): string {
  return generateSecret();
}

export function otpauthUrl(secret: string, login: string): string {
  return generateURI({ issuer: ISSUER, label: login, secret });
}

/** The code an authenticator shows at `now` (tests and the enrolment check use it). */
export function totpCodeAt(secret: string, now: Date): string {
  return generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });
}

/**
 * The 30-second step a code belongs to, within one step either side of now (phone clocks drift), or null.
 * The caller refuses steps it has accepted before, so a seen code cannot be replayed.
 */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
  let found: number | null = null;
  // All three are checked, whatever matches, so the answer time does not tell which step matched.
  for (const candidate of [step - 1, step, step + 1]) {
    const expected = generateSync({ secret, epoch: candidate * PERIOD_SECONDS });
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(code)) && found === null) found = candidate;
  }
  return found;
}

/** Recovery codes: 12 characters of an unambiguous alphabet (60 bits), shown as xxxx-xxxx-xxxx. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCode(): string {
  const bytes = randomBytes(12);
  const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Stored as SHA-256 of the code without separators or case, so "ABCD EFGH…" typed back still matches. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[^a-z0-9]/g, '')).digest('hex');
}
