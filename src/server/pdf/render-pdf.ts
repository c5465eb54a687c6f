import PDFDocument from 'pdfkit';

export type PdfDoc = InstanceType<typeof PDFDocument>;

/**
 * Draws a PDF with pdfkit and returns its bytes. User text is only ever drawn with `doc.text`, never
 * interpreted as markup. `createdAt` fixes the document's date metadata, so the same input at the same
 * moment gives the same bytes.
 */
export function renderPdf(options: { title: string; createdAt: Date; margin?: number }, draw: (doc: PdfDoc) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: options.margin ?? 50,
    bufferPages: true,
    info: { Title: options.title, Producer: 'Portico', Creator: 'Portico', CreationDate: options.createdAt, ModDate: options.createdAt },
  });
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
