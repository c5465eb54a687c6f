import { currentLanguage, type SupportedLanguage } from '../app/i18n';

/** A configurable name per language (server: modules/i18n/name-translations.ts). */
export type NameTranslations = Partial<Record<SupportedLanguage, string>>;

/** A ticket type, ticket status, file type or flag: its name as staff gave it, and per language. */
export interface Translatable {
  name: string;
  nameTranslations?: NameTranslations | undefined;
}

/**
 * The name the reader reads: the one for the UI language, else the name itself. Names the API embeds in
 * records (a ticket's typeName, a file's fileTypeName, a record's flags) already come in the language the
 * API client asks for (Accept-Language).
 */
export function localizedName(item: Translatable, language: SupportedLanguage = currentLanguage()): string {
  return item.nameTranslations?.[language] ?? item.name;
}
