import { useTranslation } from 'react-i18next';
import { invitationFieldErrors } from '../../features/portal-access/invitation-errors';
import { isApiError } from '../../lib/api-client';
import { usePortalErrorMessage } from './use-portal-error';

export type ColleagueField = 'email' | 'displayName' | 'customerId' | 'roleTemplate' | 'sites';

export interface ColleagueFormErrors {
  fields: Partial<Record<ColleagueField, string>>;
  /** The alert above the form: what no field can show, or the summary of a 403. */
  alert: { title: string; message: string } | null;
}

/**
 * What a 403 beyond_own_access names: "You cannot give a colleague more access than you have (modes.tickets,
 * sites.<id>)." → ['modes.tickets', 'sites.<id>'].
 */
export function beyondOwnAccessItems(error: unknown): string[] | null {
  if (!isApiError(error, 'beyond_own_access')) return null;
  const list = error.message.match(/\(([^)]*)\)\.?\s*$/)?.[1];
  return list ? list.split(',').map((item) => item.trim()).filter(Boolean) : [];
}

/**
 * The answer of an invitation or access change on the colleague forms: validation messages and reference
 * errors on their fields (as the staff forms do), a taken address on the e-mail field, and "more than
 * you have" in plain words, on the role and/or sites that caused it.
 */
export function useColleagueErrors(): (error: unknown, context: { roleChanged: boolean }) => ColleagueFormErrors {
  const { t } = useTranslation('portal');
  // The API's validation wording is translated by the shared form strings (default namespace).
  const { t: tForm } = useTranslation();
  const portalMessage = usePortalErrorMessage();
  return (error, { roleChanged }) => {
    const beyond = beyondOwnAccessItems(error);
    if (beyond) {
      const fields: ColleagueFormErrors['fields'] = {};
      if (beyond.some((item) => item === 'sitesRestricted' || item.startsWith('sites.'))) fields.sites = t('colleagues.errors.sitesBeyond');
      if (beyond.some((item) => item.startsWith('modes.') || item.startsWith('capabilities.'))) {
        fields.roleTemplate = t(roleChanged ? 'colleagues.errors.roleBeyond' : 'colleagues.errors.colleagueHasMore');
      }
      return { fields, alert: { title: t('colleagues.errors.beyondTitle'), message: t('colleagues.errors.beyondMessage') } };
    }
    // The colleague has more than the admin: nothing about them may be changed by this admin.
    if (isApiError(error, 'colleague_beyond_own_access')) {
      return { fields: { roleTemplate: t('colleagues.errors.colleagueHasMore') }, alert: { title: t('colleagues.errors.colleagueBeyondTitle'), message: t('colleagues.errors.colleagueBeyondMessage') } };
    }
    if (isApiError(error) && error.status === 403 && /own access/i.test(error.message)) {
      return { fields: {}, alert: { title: t('colleagues.errors.failed'), message: t('colleagues.ownAccess') } };
    }
    const fields: ColleagueFormErrors['fields'] = {};
    for (const found of invitationFieldErrors(error, tForm)) {
      // The login is the e-mail address: a taken login means a user with this address exists.
      if (found.field === 'login' || found.field === 'email') fields.email ??= isApiError(error, 'login_taken') ? t('colleagues.errors.emailTaken') : found.message;
      else if (found.field === 'displayName' || found.field === 'customerId' || found.field === 'roleTemplate') fields[found.field] ??= found.message;
      else if (found.field === 'sites' || found.field === 'sitesRestricted') fields.sites ??= isApiError(error, 'invalid_reference') ? t('colleagues.errors.siteInvalid') : found.message;
    }
    if (Object.keys(fields).length > 0) return { fields, alert: null };
    return { fields, alert: { title: t('colleagues.errors.failed'), message: portalMessage(error) } };
  };
}
