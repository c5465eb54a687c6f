import { useTranslation } from 'react-i18next';
// The server's catalogue is the one list of kinds (no runtime imports): the filter offers exactly what the API accepts.
import { MAIL_KINDS } from '../../../server/modules/mail/mail-kinds';

export { MAIL_KINDS };

export const mailKindKey = (kind: string) => `portalAccess.mail.kinds.${kind}`;

/** A mail kind in the reader's language; a kind no longer listed shows its code. */
export function useMailKindLabels() {
  const { t, i18n } = useTranslation();
  const kind = (code: string) => (i18n.exists(mailKindKey(code)) ? t(mailKindKey(code)) : code);
  return { kind, options: () => MAIL_KINDS.map((code) => ({ value: code, label: kind(code) })) };
}
