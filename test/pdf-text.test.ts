import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.js';

/** A content stream as pdfkit writes one: compressed, between `stream` and `endstream` on lines of their own. */
function pdfWith(content: string, lineEnd: string): Buffer {
  const data = deflateSync(Buffer.from(content, 'latin1'));
  return Buffer.concat([Buffer.from('%PDF-1.3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n', 'latin1'), data, Buffer.from(`${lineEnd}endstream\nendobj\n`, 'latin1')]);
}

describe('pdfText (test helper)', () => {
  it('reads a content stream whose compressed data happens to end in \\r (it once came out empty in CI)', () => {
    // Find a text whose compressed form ends in \r, as 1 in 256 do.
    let content = '';
    for (let i = 0; ; i++) {
      content = `BT [<${Buffer.from(`Calibration certificate ${i}`).toString('hex')}>] TJ ET`;
      if (deflateSync(Buffer.from(content, 'latin1')).at(-1) === 0x0d) break;
    }
    for (const lineEnd of ['\n', '\r\n']) expect(pdfText(pdfWith(content, lineEnd))).toMatch(/^Calibration certificate \d+$/);
  });

  it('reads an ordinary content stream', () => {
    expect(pdfText(pdfWith(`BT [<${Buffer.from('Service report').toString('hex')}>] TJ ET`, '\n'))).toBe('Service report');
  });
});
