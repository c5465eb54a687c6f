import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every English string has a German one, with the same {{placeholders}}: a missing key would show the
 * English text (or the raw key) in the middle of a German page. German may have extra keys: error codes
 * whose English wording is the server's own message.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLES = [
  ['app/i18n/en.json', 'app/i18n/de.json'],
  ['app/i18n/portal.en.json', 'app/i18n/portal.de.json'],
  ['staff/i18n/en.json', 'staff/i18n/de.json'],
] as const;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const read = (file: string) => flatten(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

describe.each(BUNDLES)('%s in German', (englishFile, germanFile) => {
  const english = read(englishFile);
  const german = read(germanFile);

  it('has every English key', () => {
    expect([...english.keys()].filter((key) => !german.has(key))).toEqual([]);
  });

  it('keeps the placeholders and leaves nothing empty', () => {
    const mismatched = [...english].filter(([key, text]) => german.has(key) && placeholders(text).join() !== placeholders(german.get(key)!).join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
    expect([...german].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});
