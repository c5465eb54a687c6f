import type Mail from 'nodemailer/lib/mailer/index.js';

/** RFC 5322 limit of a line in a message body; an 8bit part must keep to it. */
const MAX_LINE = 998;

/**
 * The body parts of a mail written to a file, arranged so that `cat` or `less` shows the text as written:
 * the text part goes out as 8bit, so links are never cut by quoted-printable soft line breaks (`=` at 76
 * characters), and the HTML part as base64, so no half-links from its markup show up beside the whole
 * ones. Mail programs open the file as before. A mail without HTML, or with a text line too long for
 * 8bit, keeps nodemailer's own encoding (a lone raw part would replace the whole message, headers included).
 */
export function readableBodyParts(text: string, html: string | null): { text: string | Mail.Attachment; html?: Mail.Attachment } {
  if (html === null) return { text };
  const htmlPart: Mail.Attachment = { content: html, contentTransferEncoding: 'base64' };
  if (text.split('\n').some((line) => Buffer.byteLength(line) > MAX_LINE)) return { text, html: htmlPart };
  return { text: { raw: `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text}` }, html: htmlPart };
}
