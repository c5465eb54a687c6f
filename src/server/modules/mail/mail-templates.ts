import type { OutgoingMail } from './outbox.repository.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function layout(paragraphs: string[], action?: { label: string; url: string }): { text: string; html: string } {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), '', '— Portico'].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action
      ? `<p><a href="${escapeHtml(action.url)}" style="background:#3b5bdb;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:12px;color:#6b7280">${escapeHtml(action.url)}</p>`
      : '',
    '<p style="color:#6b7280">— Portico</p></body></html>',
  ].join('');
  return { text, html };
}

export function invitationMail(input: { to: string; userId: string; name: string; customerName: string; link: string; expiresAt: string }): OutgoingMail {
  const body = layout(
    [
      `Hello ${input.name},`,
      `you have been invited to the customer portal for ${input.customerName}. Open the link below to choose your password and activate your account.`,
      `The link can be used once and expires on ${input.expiresAt.slice(0, 10)}.`,
    ],
    { label: 'Activate your account', url: input.link },
  );
  return { kind: 'invitation', to: input.to, userId: input.userId, subject: `Your portal access for ${input.customerName}`, ...body };
}

/** Names the login: one address can hold accounts at two customers, and each gets its own mail. */
export function passwordResetMail(input: { to: string; userId: string; name: string; login: string; link: string }): OutgoingMail {
  const body = layout(
    [
      `Hello ${input.name},`,
      `someone asked to reset the password of your Portico account with the login ${input.login}. If it was you, open the link below within one hour to choose a new password. If not, you can ignore this e-mail.`,
    ],
    { label: 'Choose a new password', url: input.link },
  );
  return { kind: 'password_reset', to: input.to, userId: input.userId, subject: 'Reset your Portico password', ...body };
}

/** One mail per grant action: a batch of records is listed in one mail, not one mail per record. */
export function grantNotificationMail(input: { to: string; userId: string; name: string; recordLabels: string[]; link: string }): OutgoingMail {
  const [first] = input.recordLabels;
  const single = input.recordLabels.length === 1 && first !== undefined;
  const what = single ? first : `${input.recordLabels.length} records`;
  const paragraphs = [`Hello ${input.name},`, `you now have access to ${what}.`];
  if (!single) paragraphs.push(...input.recordLabels.map((label) => `• ${label}`));
  const body = layout(paragraphs, { label: 'Open the portal', url: input.link });
  return { kind: 'grant_notification', to: input.to, userId: input.userId, subject: `You now have access to ${what}`, ...body };
}
