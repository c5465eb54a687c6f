import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiForm } from '../lib/api-form';
import { localizedName, type NameTranslations, type Translatable } from '../lib/localized-name';

/** The form fields of a name's translations. */
export interface TranslationValues {
  nameEn: string;
  nameDe: string;
}

export function translationValues(item: Translatable | undefined): TranslationValues {
  return { nameEn: item?.nameTranslations?.en ?? '', nameDe: item?.nameTranslations?.de ?? '' };
}

/** What the API stores: a cleared field drops that language, which then reads the name itself. */
export function translationsOf(values: TranslationValues): NameTranslations {
  const out: NameTranslations = {};
  if (values.nameEn.trim()) out.en = values.nameEn.trim();
  if (values.nameDe.trim()) out.de = values.nameDe.trim();
  return out;
}

/** "Name in English" and "Name in German" under a configurable name; empty means the name as given. */
export function NameTranslationFields<V extends TranslationValues & Record<string, unknown>>({ form }: { form: ApiForm<V> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <TextInput label={t('nameTranslations.en')} {...form.text('nameEn')} />
      <TextInput label={t('nameTranslations.de')} {...form.text('nameDe')} />
      <Text size="xs" c="dimmed">
        {t('nameTranslations.hint')}
      </Text>
    </Stack>
  );
}

/** A configurable name in a settings list: as the reader reads it, and the name as given when that differs. */
export function TranslatedName({ item }: { item: Translatable }) {
  const shown = localizedName(item);
  return (
    <>
      {shown}
      {shown !== item.name && (
        <Text span size="xs" c="dimmed" ml={6}>
          {item.name}
        </Text>
      )}
    </>
  );
}
