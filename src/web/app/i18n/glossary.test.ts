import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One German word per term (docs/glossary.md): the words the glossary rules out must not appear in any
 * German text of the back office or the portal. Compounds of the right word stay allowed
 * ("Arbeitsauftrag" contains "auftrag", but not at a word start).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GERMAN_BUNDLES = ['app/i18n/de.json', 'app/i18n/portal.de.json', 'staff/i18n/de.json'];

const RULED_OUT: { word: RegExp; use: string }[] = [
  { word: /\bAuftr(ag|äge|ägen|ags)/u, use: 'Bestellung (order) or Arbeitsauftrag (work order)' },
  { word: /\bAssets?\b/u, use: 'Anlage' },
  { word: /\buntergeordnete Anlage/iu, use: 'Unteranlage' },
  { word: /\bLiegenschaft/u, use: 'Standort' },
  { word: /\bVorg(ang|änge)/u, use: 'Ticket or Anfrage' },
  { word: /Tickettyp/u, use: 'Ticketart' },
  { word: /Dateiart/u, use: 'Dateityp' },
  { word: /\b(Flagge|Kennzeichen)/u, use: 'Markierung' },
];

type Tree = { [key: string]: string | Tree };
function texts(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : texts(value, `${prefix}${key}.`)));
}

describe.each(GERMAN_BUNDLES)('%s follows the glossary', (file) => {
  const entries = texts(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Tree);

  it('uses no word the glossary rules out', () => {
    const offending = entries.flatMap(([key, text]) => RULED_OUT.filter((rule) => rule.word.test(text)).map((rule) => `${key}: "${text}" (use ${rule.use})`));
    expect(offending).toEqual([]);
  });
});
