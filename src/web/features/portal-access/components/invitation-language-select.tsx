import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { InvitationLanguage } from '../types';

/** The languages an invitation (and the invited person's portal) can speak. */
const LANGUAGES: { value: InvitationLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
];

/** The language of an invitation, starting from the one the inviter reads Portico in. */
export function useInvitationLanguage() {
  return useState<InvitationLanguage>(currentLanguage());
}

export function InvitationLanguageSelect({ value, onChange }: { value: InvitationLanguage; onChange: (value: InvitationLanguage) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('portalAccess.invite.language')}
      description={t('portalAccess.invite.languageHint')}
      data={LANGUAGES}
      value={value}
      onChange={(next) => next && onChange(next as InvitationLanguage)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
