import type SQLite from 'better-sqlite3';
import { SUBSTRING_MIN_LENGTH } from './text-search.js';

/**
 * The words of an asset's searched columns for the word index (migration 026): runs of letters and digits,
 * lower-cased, each once, of SUBSTRING_MIN_LENGTH characters or more (a shorter one cannot hold a search
 * text the index answers). A search text of ASCII letters and digits lies inside one such run wherever it
 * occurs in a column, since every character of it is a letter or digit.
 */
export function searchWords(values: readonly unknown[]): string[] {
  const words = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    for (const word of value.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= SUBSTRING_MIN_LENGTH) words.add(word);
  }
  return [...words];
}

/**
 * SQLite has no way to split text in SQL, so the word index's triggers call search_words(columns…), which
 * returns the words as a JSON array for json_each. Every connection that writes assets needs it.
 */
export function registerSearchWords(sqlite: SQLite.Database): void {
  sqlite.function('search_words', { deterministic: true, varargs: true }, (...values: unknown[]) => JSON.stringify(searchWords(values)));
}
