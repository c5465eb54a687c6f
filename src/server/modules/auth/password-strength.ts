import zxcvbnCore, { type ZxcvbnFactory as Factory } from '@zxcvbn-ts/core';
import zxcvbnCommon from '@zxcvbn-ts/language-common';
import zxcvbnDe from '@zxcvbn-ts/language-de';
import zxcvbnEn from '@zxcvbn-ts/language-en';

/**
 * ASVS V6.2: refuse passwords that are common, breached or easy to guess. zxcvbn-ts estimates how many
 * guesses a password takes against its packaged lists (the most common breached passwords, English and
 * German words and names, keyboard patterns, dates, repeats); everything runs offline.
 * Score 3 means "safely unguessable" (about 10^8 guesses and more): "1234567890", "password123" or
 * "Passwort123" stay below it, a phrase of a few unrelated words passes.
 */
export const MIN_PASSWORD_SCORE = 3;

let factory: Factory | undefined;

function estimator(): Factory {
  // Built on first use: ranking the dictionaries takes a moment that a process which never sets a password should not pay.
  factory ??= new zxcvbnCore.ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnDe.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
  });
  return factory;
}

/** Whether the password is too easy to guess; `related` (login, e-mail, name) counts as known to an attacker. */
export function isGuessablePassword(password: string, related: readonly string[] = []): boolean {
  // The whole value, an e-mail's local part ("marta.schulz") and each word of it.
  const inputs = related
    .filter((value) => value.length > 0)
    .flatMap((value) => [value, value.split('@')[0]!, ...value.split(/[@.\s_-]+/).filter((part) => part.length >= 3)]);
  return estimator().check(password, inputs).score < MIN_PASSWORD_SCORE;
}
