import { REPLY_MARKER } from './reply-marker.js';

const MARKERS = Object.values(REPLY_MARKER).map((marker) => marker.toLowerCase());

/** Lines that open the quoted original in the usual mail clients (English and German). */
const ORIGINAL_MESSAGE = /^-{2,}\s*(original message|ursprüngliche nachricht)\s*-{2,}$/i;
const ATTRIBUTION_START = /^(on|am)\s/i;
const ATTRIBUTION_END = /(wrote|schrieb[^:]*):$/i;
/** Outlook quotes the original under a header block: "From: …" followed by "Sent:"/"Date:" ("Von:"/"Gesendet:"). */
const HEADER_FROM = /^(from|von):\s/i;
const HEADER_NEXT = /^(sent|date|gesendet|datum|to|an):\s/i;

const unquoted = (line: string) => line.replace(/^[\s>]+/, '').trim();

function opensHistory(lines: string[], i: number): boolean {
  const line = lines[i]!.trim();
  const next = (lines[i + 1] ?? '').trim();
  if (MARKERS.some((marker) => unquoted(line).toLowerCase().includes(marker))) return true;
  if (ORIGINAL_MESSAGE.test(line)) return true;
  // Clients wrap a long attribution ("On Tue, 3 Mar 2026 at 10:00, Someone <…>\nwrote:") over two lines.
  if (ATTRIBUTION_START.test(line) && (ATTRIBUTION_END.test(line) || ATTRIBUTION_END.test(next))) return true;
  if (HEADER_FROM.test(line) && HEADER_NEXT.test(next)) return true;
  return false;
}

/**
 * The answer of a reply without the mail it answers: everything from the "reply above this line" marker
 * or the first attribution line ("On … wrote:", "Am … schrieb …:", "-----Original Message-----", an
 * Outlook header block) down is cut, then trailing '>'-quoted lines. What is left may be empty.
 */
export function stripQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.findIndex((_line, i) => opensHistory(lines, i));
  if (end < 0) end = lines.length;
  while (end > 0 && (lines[end - 1]!.trim() === '' || lines[end - 1]!.trimStart().startsWith('>'))) end--;
  return lines
    .slice(0, end)
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
