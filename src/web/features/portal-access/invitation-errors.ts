import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api-client';
import { translateValidationMessage } from '../../lib/api-form';

export interface InvitationFieldError {
  /** Which invitation of the request (0 for a single one). */
  index: number;
  field: string;
  message: string;
}

/**
 * The invitation endpoint names the culprit as `invitations[N].field: message` (422, 409 login_taken)
 * or, for schema errors, as the path `body/field` / `body/invitations/N/field`.
 */
export function invitationFieldErrors(error: unknown, t: TFunction): InvitationFieldError[] {
  if (!isApiError(error)) return [];
  if ((error.status === 409 || error.status === 422) && typeof error.message === 'string') {
    const match = error.message.match(/^(?:invitations\[(\d+)\]\.)?(\w+): (.*)$/);
    if (match) {
      const text = match[3]!;
      const message = t(`portalAccess.errors.${error.code}`, { defaultValue: text.charAt(0).toUpperCase() + text.slice(1) });
      return [{ index: Number(match[1] ?? 0), field: match[2]!, message }];
    }
  }
  if (error.status === 400 && Array.isArray(error.details)) {
    const found: InvitationFieldError[] = [];
    for (const detail of error.details as { path?: unknown; message?: unknown }[]) {
      if (typeof detail.path !== 'string' || typeof detail.message !== 'string') continue;
      const segments = detail.path.split('/');
      if (segments[0] !== 'body') continue;
      const bulk = segments[1] === 'invitations' && segments[2] !== undefined && /^\d+$/.test(segments[2]);
      const index = bulk ? Number(segments[2]) : 0;
      const field = bulk ? segments[3] : segments[1];
      if (!field || field === 'invitations') continue;
      if (found.some((f) => f.index === index && f.field === field)) continue;
      found.push({ index, field, message: translateValidationMessage(detail.message, t) });
    }
    return found;
  }
  return [];
}
