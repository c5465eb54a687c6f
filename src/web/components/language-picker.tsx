import { NativeSelect, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from '../app/i18n';
import { Icon } from './icons';

/** A native select: keyboard- and screen-reader-friendly everywhere, and the phone's own picker on mobile. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const value = i18n.resolvedLanguage ? currentLanguage() : 'en';
  // On a phone the header is tight; the language names are recognisable without the globe.
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isSupportedLanguage(next)) void chooseLanguage(next);
      }}
      data={SUPPORTED_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      leftSection={wide ? <Icon name="world" size={16} /> : undefined}
      size="sm"
      w={wide ? 132 : 104}
    />
  );
}
