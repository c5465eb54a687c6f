import type { IssuedDocumentKind } from '../../db/issued-document-tables.js';
import { drawQrCode } from '../../pdf/qr-code.js';
import { renderPdf, type PdfDoc } from '../../pdf/render-pdf.js';
import { REPORT_WORDS, reportDate, workKindWord, type ReportLanguage } from './report-words.js';

/** Everything a report shows: the public part of a work order and what staff wrote for the customer. */
export interface ServiceReportContent {
  kind: IssuedDocumentKind;
  language: ReportLanguage;
  issuer: string;
  workOrder: { number: string; title: string; kind: string; plannedStart: string | null; completedAt: string | null };
  customerName: string;
  site: { name: string; address: string | null } | null;
  asset: { name: string; serialNumber: string | null; manufacturer: string | null; model: string | null } | null;
  technicians: string[];
  workDone: string;
  parts: { description: string; quantity: number }[];
  signature: { name: string; png: Buffer } | null;
  verificationCode: string;
  verifyUrl: string;
  issuedAt: Date;
}

const GREY = '#5f6b7a';
const LINE = '#d5dbe3';

function labelled(doc: PdfDoc, label: string, value: string, x: number, width: number): void {
  doc.font('Helvetica').fontSize(8).fillColor(GREY).text(label.toUpperCase(), x, doc.y, { width, characterSpacing: 0.5 });
  doc.font('Helvetica').fontSize(10.5).fillColor('#000000').text(value, x, doc.y + 1, { width });
  doc.moveDown(0.6);
}

function heading(doc: PdfDoc, text: string): void {
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(text, doc.page.margins.left);
  const y = doc.y + 2;
  doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y).strokeColor(LINE).lineWidth(0.8).stroke();
  doc.moveDown(0.5);
}

/** Two columns of label/value pairs, filled top to bottom; the text below starts under the longer one. */
function factColumns(doc: PdfDoc, left: [string, string][], right: [string, string][]): void {
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const column = (width - 20) / 2;
  const top = doc.y;
  for (const [label, value] of left) labelled(doc, label, value, x, column);
  const leftBottom = doc.y;
  doc.y = top;
  for (const [label, value] of right) labelled(doc, label, value, x + column + 20, column);
  doc.y = Math.max(leftBottom, doc.y);
  doc.x = x;
}

function partsTable(doc: PdfDoc, language: ReportLanguage, parts: ServiceReportContent['parts']): void {
  const words = REPORT_WORDS[language];
  const quantity = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 3 });
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('Helvetica-Bold').fontSize(9).fillColor(GREY);
  const headerY = doc.y;
  doc.text(words.quantity, x, headerY, { width: 50 });
  doc.text(words.part, x + 60, headerY, { width: width - 60 });
  doc.font('Helvetica').fontSize(10.5).fillColor('#000000');
  for (const part of parts) {
    const y = doc.y + 3;
    doc.text(quantity.format(part.quantity), x, y, { width: 50 });
    doc.text(part.description, x + 60, y, { width: width - 60 });
  }
  doc.x = x;
}

/** The footer of every page: where and how to verify, the code, and the page number. */
function footers(doc: PdfDoc, content: ServiceReportContent): void {
  const words = REPORT_WORDS[content.language];
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.height - 40;
    const x = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    // Drawing below the bottom margin must not start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(GREY);
    doc.text(`${words.code}: ${content.verificationCode} · ${words.verify}: ${content.verifyUrl}`, x, bottom, { width: width - 60, lineBreak: false });
    doc.text(`${words.page} ${index - range.start + 1}/${range.count}`, x + width - 60, bottom, { width: 60, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

/** Renders a service report or calibration certificate as PDF bytes. */
export function renderServiceReport(content: ServiceReportContent): Promise<Buffer> {
  const words = REPORT_WORDS[content.language];
  const title = `${words.title[content.kind]} ${content.workOrder.number}`;
  return renderPdf({ title, createdAt: content.issuedAt }, (doc) => {
    const x = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const qrSize = 86;
    drawQrCode(doc, content.verifyUrl, x + width - qrSize, doc.page.margins.top - 10, qrSize);
    doc.font('Helvetica').fontSize(9).fillColor(GREY).text(content.issuer, x, doc.page.margins.top, { width: width - qrSize - 10 });
    doc.font('Helvetica-Bold').fontSize(20).fillColor('#000000').text(words.title[content.kind], { width: width - qrSize - 10 });
    doc.font('Helvetica').fontSize(11).text(`${words.workOrder} ${content.workOrder.number} · ${content.workOrder.title}`, { width: width - qrSize - 10 });
    doc.font('Helvetica').fontSize(8.5).fillColor(GREY).text(`${words.code}: ${content.verificationCode}`, { width: width - qrSize - 10 });
    doc.y = Math.max(doc.y, doc.page.margins.top - 10 + qrSize) + 10;

    const asset = content.asset;
    const left: [string, string][] = [[words.customer, content.customerName]];
    if (content.site) left.push([words.site, [content.site.name, content.site.address].filter(Boolean).join('\n')]);
    if (asset) {
      left.push([words.asset, [asset.name, [asset.manufacturer, asset.model].filter(Boolean).join(' ')].filter(Boolean).join('\n')]);
      if (asset.serialNumber) left.push([words.serial, asset.serialNumber]);
    }
    const right: [string, string][] = [
      [words.kind, workKindWord(content.language, content.workOrder.kind)],
      [words.started, reportDate(content.language, content.workOrder.plannedStart)],
      [words.completed, reportDate(content.language, content.workOrder.completedAt)],
      [words.technicians, content.technicians.length ? content.technicians.join(', ') : '—'],
      [words.issued, reportDate(content.language, content.issuedAt.toISOString())],
    ];
    factColumns(doc, left, right);

    heading(doc, words.workDone);
    doc.font('Helvetica').fontSize(10.5).fillColor('#000000').text(content.workDone, x, doc.y, { width });

    if (content.parts.length) {
      heading(doc, words.parts);
      partsTable(doc, content.language, content.parts);
    }

    heading(doc, words.signature);
    if (content.signature) {
      if (doc.y + 110 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      doc.image(content.signature.png, x, doc.y, { fit: [220, 80] });
      doc.y += 84;
      doc.font('Helvetica').fontSize(10).fillColor('#000000').text(`${words.signedBy}: ${content.signature.name}`, x, doc.y, { width });
    } else {
      doc.font('Helvetica').fontSize(10).fillColor(GREY).text(words.noSignature, x, doc.y, { width });
    }
    footers(doc, content);
  });
}
