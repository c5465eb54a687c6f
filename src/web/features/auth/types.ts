/** The signed-in caller as GET /api/v1/me returns it. */
export interface Me {
  id: string;
  kind: 'staff' | 'external';
  login: string;
  email: string | null;
  displayName: string;
  roles: string[];
  locale: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  /** The session reaches only two-factor enrolment until the user enrols (their administrator requires it). */
  mfaEnrolmentRequired?: boolean;
  /** Set while a staff user previews the portal as this user (read-only). */
  previewBy?: string | null;
}
