import { useTranslation } from 'react-i18next';
import { isApiError } from './api-client';

/**
 * Turns a failed request into a sentence for the user. The server's message is English; where the UI
 * language has a translation for the error code it wins, otherwise the server's own words are shown.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (isApiError(error)) return t(`errors.${error.code}`, { defaultValue: error.message });
    return t('errors.unexpected');
  };
}
