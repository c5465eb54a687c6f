/**
 * The line at the top of a mail that takes replies. Everything from it down is the quoted mail and is cut
 * off an inbound reply; plain ASCII between '#' so it survives quoting and re-wrapping by mail clients.
 */
export const REPLY_MARKER = {
  en: '## Reply above this line ##',
  de: '## Bitte oberhalb dieser Zeile antworten ##',
} as const;
