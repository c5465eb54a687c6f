import { inflateSync } from 'node:zlib';

/**
 * The text a PDF draws, as far as pdfkit writes it: every content stream inflated, the hex strings of
 * each TJ array joined (kerning splits words into pieces), one line per text operation. Enough to check
 * what a generated report says without a PDF toolchain on the test machine.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    // The line end before `endstream` is \n or \r\n, and compressed data may itself end in \r (1 time in
    // 256, then the text came out empty): try the longer line end first, then the shorter.
    const raw = match[1] ?? '';
    const content = [raw.replace(/\r?\n$/, ''), raw.replace(/\n$/, '')].map(inflated).find((text) => text !== undefined);
    if (content === undefined) continue;
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const pieces = [...(array[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'));
      lines.push(pieces.join(''));
    }
  }
  return lines.join('\n');
}

function inflated(data: string): string | undefined {
  try {
    return inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
  } catch {
    return undefined;
  }
}

