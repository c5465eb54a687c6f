import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client';

/** Whether the API refused an e-mailed link itself (used, expired, revoked) rather than the password. */
export function isInvalidLinkError(error: unknown): boolean {
  if (!isApiError(error) || error.status !== 400) return false;
  const details = Array.isArray(error.details) ? (error.details as { path?: unknown }[]) : [];
  return details.some((detail) => detail.path === 'body/token') || /link is invalid|expired/i.test(error.message);
}

/**
 * A failed request as a sentence in the UI language: the portal's own wording for the error code when
 * it has one (German included), otherwise the server's message.
 */
export function usePortalErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('portal');
  return (error) => {
    if (!isApiError(error)) return t('errors.unexpected');
    if (error.status === 0) return t('errors.network');
    if (isInvalidLinkError(error)) return t('errors.invalidLink');
    return t(`errors.codes.${error.code}`, { defaultValue: error.message });
  };
}
