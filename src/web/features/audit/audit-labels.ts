import { useTranslation } from 'react-i18next';
// The server's catalogue is the one list of codes (it has no runtime imports): the filters offer exactly
// what the API accepts, and the labels test checks each has an English and a German label.
import { AUDIT_ACTIONS, AUDIT_RECORD_TYPES, type AuditRecordType } from '../../../server/modules/audit/audit-actions';

export { AUDIT_ACTIONS, AUDIT_RECORD_TYPES, type AuditRecordType };

export const auditActionKey = (action: string) => `audit.actions.${action}`;
export const auditRecordTypeKey = (type: string) => `audit.recordTypes.${type}`;

/** Labels in the reader's language; an event written under a code no longer listed shows its code. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const label = (key: string, fallback: string) => (i18n.exists(key) ? t(key) : fallback);
  const action = (code: string) => label(auditActionKey(code), code);
  const recordType = (type: string) => label(auditRecordTypeKey(type), type);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, i18n.language);
  return {
    action,
    recordType,
    actionOptions: () => AUDIT_ACTIONS.map((code) => ({ value: code, label: action(code) })).sort(byLabel),
    recordTypeOptions: () => AUDIT_RECORD_TYPES.map((type) => ({ value: type, label: recordType(type) })).sort(byLabel),
  };
}
