/**
 * The file types attachments of mailed replies are stored under, created by migration 011 with these
 * fixed ids: customer-visible for public replies, internal for replies to internal notes (an attachment
 * to a staff-only note must never show in the portal).
 */
export const MAIL_ATTACHMENT_FILE_TYPE_IDS = {
  public: '0193e5a0-7a11-7000-8000-00000000a001',
  internal: '0193e5a0-7a11-7000-8000-00000000a002',
} as const;
