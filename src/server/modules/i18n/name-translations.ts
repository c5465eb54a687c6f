import { sql, type Expression, type SqlBool } from 'kysely';
import { Type, type Static } from 'typebox';
import { likeEscaped } from '../../http/list-query.js';
import type { ReaderLanguage } from '../../http/reader-language.js';

/**
 * A configurable name (ticket type, ticket status, file type, flag) per language, beside the name staff
 * gave it. A language without an entry reads the name itself.
 */
export const NameTranslations = Type.Object(
  {
    en: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    de: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false, description: 'The name per language (en, de); a language without one reads `name`.' },
);
export type NameTranslations = Static<typeof NameTranslations>;

/** The stored JSON (migration 021) as an object; anything malformed reads as no translations. */
export function parseNameTranslations(json: string | null | undefined): NameTranslations {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object') return {};
    const out: NameTranslations = {};
    for (const language of ['en', 'de'] as const) {
      const name = (value as Record<string, unknown>)[language];
      if (typeof name === 'string' && name.trim()) out[language] = name;
    }
    return out;
  } catch {
    return {};
  }
}

/** What is stored: blank entries dropped, so "no German name" is one state. */
export function storedNameTranslations(translations: NameTranslations | undefined): string {
  const out: NameTranslations = {};
  for (const language of ['en', 'de'] as const) {
    const name = translations?.[language]?.trim();
    if (name) out[language] = name;
  }
  return JSON.stringify(out);
}

/** The name a reader of `language` reads; without a language (integrations, audit) the stored name. */
export function localizedName(name: string, translationsJson: string | null | undefined, language: ReaderLanguage | null | undefined): string {
  if (!language) return name;
  return parseNameTranslations(translationsJson)[language] ?? name;
}

/**
 * A search `q` found in one of a name's translations, so a German reader finds "Kalibrierung": matched
 * after a `":"` of the stored JSON, i.e. inside a value, never in a language key.
 */
export function inNameTranslations(q: string, column: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${`%":"%${likeEscaped(q)}%`} escape '\\'`;
}
