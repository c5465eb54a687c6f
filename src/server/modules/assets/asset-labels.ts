import type { DbExecutor } from '../../context.js';
import type { ReaderLanguage } from '../../http/reader-language.js';
import { drawQrCode } from '../../pdf/qr-code.js';
import { renderPdf, type PdfDoc } from '../../pdf/render-pdf.js';
import { BadRequestError, NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';

/** One sheet request prints at most this many labels (21 A4 pages). */
export const MAX_LABELS = 500;

// A4 with 3 × 8 labels of 70 × 37 mm, the common sheet of adhesive labels; 1 mm = 72 / 25.4 points.
const MM = 72 / 25.4;
const COLUMNS = 3;
const ROWS = 8;
const LABEL_WIDTH = 70 * MM;
const LABEL_HEIGHT = (297 / ROWS) * MM;
const PADDING = 3 * MM;

const WORDS: Record<'en' | 'de', { scan: string; serial: string }> = {
  en: { scan: 'Scan to view or report a problem', serial: 'S/N' },
  de: { scan: 'Scannen: ansehen oder Problem melden', serial: 'SN' },
};

export interface LabelAsset {
  id: string;
  name: string;
  serial_number: string | null;
  site_name: string | null;
}

/** The label's link: the asset's id only, no customer data; the app decides who may see what behind it. */
export function assetLabelUrl(publicUrl: string, assetId: string): string {
  return `${publicUrl}/a/${assetId}`;
}

/**
 * The assets to label: the visible, unarchived assets of a visible site (by name), or the listed ones in
 * the order given. A site or asset the caller cannot see answers 404 like a nonexistent one.
 */
export async function assetsToLabel(db: DbExecutor, scope: AccessScope, query: { siteId?: string | undefined; assetIds?: string | undefined }): Promise<LabelAsset[]> {
  const ids = query.assetIds ? [...new Set(query.assetIds.split(','))] : [];
  if (!query.siteId && ids.length === 0) throw new BadRequestError('Name a site (siteId) or assets (assetIds).');
  if (ids.length > MAX_LABELS) throw new BadRequestError(`At most ${MAX_LABELS} labels per sheet.`);
  let assets = db
    .selectFrom('assets')
    .leftJoin('sites', 'sites.id', 'assets.site_id')
    .select(['assets.id', 'assets.name', 'assets.serial_number', 'sites.name as site_name'])
    .where(scope.visible('assets'))
    .where('assets.archived_at', 'is', null);
  if (query.siteId) {
    const site = await db.selectFrom('sites').select('id').where(scope.visible('sites')).where('sites.id', '=', query.siteId).where('sites.archived_at', 'is', null).executeTakeFirst();
    if (!site) throw new NotFoundError('Site not found.');
    assets = assets.where('assets.site_id', '=', query.siteId);
  }
  if (ids.length) assets = assets.where('assets.id', 'in', ids);
  const rows = await assets.orderBy('assets.name').orderBy('assets.id').limit(MAX_LABELS + 1).execute();
  if (ids.length && rows.length !== ids.length) throw new NotFoundError('Asset not found.');
  if (rows.length > MAX_LABELS) throw new BadRequestError(`The site has more than ${MAX_LABELS} assets; choose assets (assetIds).`);
  if (!ids.length) return rows;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!);
}

function drawLabel(doc: PdfDoc, asset: LabelAsset, url: string, words: (typeof WORDS)['en'], x: number, y: number): void {
  const qrSize = LABEL_HEIGHT - 2 * PADDING + 4 * MM;
  drawQrCode(doc, url, x + PADDING - 2 * MM, y + PADDING - 2 * MM, qrSize);
  const textX = x + qrSize + PADDING - 3 * MM;
  const textWidth = LABEL_WIDTH - (textX - x) - PADDING;
  doc.font('Helvetica-Bold').fontSize(9).fillColor('#000000').text(asset.name, textX, y + PADDING, { width: textWidth, height: 24, ellipsis: true });
  doc.font('Helvetica').fontSize(7.5).fillColor('#333333');
  if (asset.serial_number) doc.text(`${words.serial} ${asset.serial_number}`, textX, doc.y + 1, { width: textWidth, height: 10, ellipsis: true });
  if (asset.site_name) doc.text(asset.site_name, textX, doc.y + 1, { width: textWidth, height: 10, ellipsis: true });
  doc.font('Helvetica').fontSize(6.5).fillColor('#555555').text(words.scan, textX, y + LABEL_HEIGHT - PADDING - 16, { width: textWidth, height: 16, ellipsis: true });
}

/** A4 sheets of QR labels, left to right, top to bottom. */
export function renderAssetLabels(assets: LabelAsset[], publicUrl: string, language: ReaderLanguage | null | undefined, createdAt: Date): Promise<Buffer> {
  const words = WORDS[language === 'de' ? 'de' : 'en'];
  return renderPdf({ title: 'Asset labels', createdAt, margin: 0 }, (doc) => {
    assets.forEach((asset, index) => {
      const onPage = index % (COLUMNS * ROWS);
      if (index > 0 && onPage === 0) doc.addPage({ size: 'A4', margin: 0 });
      const x = (onPage % COLUMNS) * LABEL_WIDTH;
      const y = Math.floor(onPage / COLUMNS) * LABEL_HEIGHT;
      drawLabel(doc, asset, assetLabelUrl(publicUrl, asset.id), words, x, y);
    });
  });
}
