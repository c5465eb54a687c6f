import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';
import portalDe from './portal.de.json';
import portalEn from './portal.en.json';

export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Where the language picker remembers an explicit choice; the browser language applies until then. */
export const LANGUAGE_STORAGE_KEY = 'portico.language';

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** The language in effect, reduced to one we ship ("de-AT" → "de"). */
export function currentLanguage(): SupportedLanguage {
  const base = (i18n.resolvedLanguage ?? i18n.language ?? 'en').slice(0, 2);
  return isSupportedLanguage(base) ? base : 'en';
}

/** Switches the UI language and persists it, so the choice survives reloads and sign-outs. */
export async function chooseLanguage(language: SupportedLanguage): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or disabled storage: the switch still applies for this page load.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en, portal: portalEn }, de: { translation: de, portal: portalDe } },
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: true,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
    showSupportNotice: false, // keeps the browser console free of i18next's advertisement
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit pick is stored (chooseLanguage); a detected language is re-detected each visit.
      caches: [],
    },
  });

export { i18n };
