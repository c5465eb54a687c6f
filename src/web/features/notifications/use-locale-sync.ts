import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { api } from '../../lib/api-client';
import { meQueryKey } from '../auth/api/get-me';
import type { Me } from '../auth/types';

/**
 * E-mails and notifications go out in the language the user reads Portico in: whenever the UI language
 * (browser default or the picker) differs from the one stored for the user, the stored one follows.
 * Not during a preview: that would change the previewed user's account. A switch also refetches what is
 * on screen, since the API words configurable names in the language it is asked in.
 */
export function useLocaleSync(me: Me) {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const language = i18n.resolvedLanguage ? currentLanguage() : null;
  useEffect(() => {
    if (!language || me.previewBy || me.locale === language) return;
    api
      .put('/me/locale', { body: { locale: language } })
      .then(() => queryClient.setQueryData<Me | null>(meQueryKey, (old) => (old ? { ...old, locale: language } : old)))
      .catch(() => undefined); // best effort: the next page load tries again
  }, [language, me.locale, me.previewBy, queryClient]);

  // Answers carry configurable names in the language they were asked in: after a switch, ask again.
  const shown = useRef(language);
  useEffect(() => {
    if (!language || shown.current === language) return;
    const first = shown.current === null;
    shown.current = language;
    if (!first) void queryClient.invalidateQueries();
  }, [language, queryClient]);
}
