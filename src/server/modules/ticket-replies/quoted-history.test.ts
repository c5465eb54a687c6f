import { describe, expect, it } from 'vitest';
import { stripQuotedHistory } from './quoted-history.js';
import { REPLY_MARKER } from './reply-marker.js';

describe('stripping quoted history from a mailed reply', () => {
  it('cuts at the reply marker, also when quoted', () => {
    expect(stripQuotedHistory(`Thanks, tomorrow works.\n\n> ${REPLY_MARKER.en}\n> Hello Anna,`)).toBe('Thanks, tomorrow works.');
    expect(stripQuotedHistory(`Danke!\r\n\r\n${REPLY_MARKER.de}\r\nHallo`)).toBe('Danke!');
  });

  it('cuts at English and German attribution lines, also wrapped over two lines', () => {
    expect(stripQuotedHistory('Yes.\n\nOn Tue, 3 Mar 2026 at 10:00, Portico <no-reply@portico.test> wrote:\n> Hello')).toBe('Yes.');
    expect(stripQuotedHistory('Yes.\n\nOn Tue, 3 Mar 2026 at 10:00, Portico Service Desk <no-reply@portico.test>\nwrote:\n> Hello')).toBe('Yes.');
    expect(stripQuotedHistory('Ja.\n\nAm 03.03.2026 um 10:00 schrieb Portico <no-reply@portico.test>:\n> Hallo')).toBe('Ja.');
  });

  it('cuts at "Original Message" and Outlook header blocks', () => {
    expect(stripQuotedHistory('Done.\n\n-----Original Message-----\nFrom: Portico\nHello')).toBe('Done.');
    expect(stripQuotedHistory('Erledigt.\n\n-----Ursprüngliche Nachricht-----\nVon: Portico')).toBe('Erledigt.');
    expect(stripQuotedHistory('Done.\n\nFrom: Portico <no-reply@portico.test>\nSent: Tuesday, 3 March 2026 10:00\nSubject: x')).toBe('Done.');
  });

  it('drops trailing quoted lines but keeps quotes the writer answers in between', () => {
    expect(stripQuotedHistory('> Can you come Monday?\nYes, at 9.\n\n> Thanks\n> Bye\n')).toBe('> Can you come Monday?\nYes, at 9.');
  });

  it('keeps a plain answer and leaves nothing of a reply that only quotes', () => {
    expect(stripQuotedHistory('  Line one\nLine two  \n')).toBe('Line one\nLine two');
    expect(stripQuotedHistory(`\n\n${REPLY_MARKER.en}\nHello`)).toBe('');
    expect(stripQuotedHistory('> only a quote')).toBe('');
    expect(stripQuotedHistory('Once upon a time on a hill')).toBe('Once upon a time on a hill');
  });
});
