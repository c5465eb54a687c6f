import QRCode from 'qrcode';
import type { PdfDoc } from './render-pdf.js';

/** Draws `text` as a QR code of `size` points (quiet zone included) with its top-left corner at x, y. */
export function drawQrCode(doc: PdfDoc, text: string, x: number, y: number, size: number): void {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = code.modules.size;
  // The standard quiet zone is 4 modules on each side; scanners need it on a sheet of adjacent labels.
  const cell = size / (modules + 8);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules; row += 1) {
    for (let col = 0; col < modules; col += 1) {
      if (code.modules.get(row, col)) doc.rect(x + (col + 4) * cell, y + (row + 4) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
