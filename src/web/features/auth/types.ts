import type { ResponseOf } from '../../lib/api-types';

/**
 * The signed-in caller as GET /api/v1/me returns it. mfaEnrolmentRequired: the session reaches only
 * two-factor enrolment until the user enrols (their administrator requires it); previewBy: set while a
 * staff user previews the portal as this user (read-only); portal: external users only, what the portal
 * offers them.
 */
export type Me = ResponseOf<'/me'>;
