import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppContext, DbExecutor } from '../../context.js';
import type { IssuedDocumentKind } from '../../db/issued-document-tables.js';
import { newId } from '../../db/ids.js';
import { ConflictError, NotFoundError, RateLimitedError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { createFileStore } from '../files/file-store.js';
import { toFile } from '../files/files.mapping.js';
import { findUsableFileType, insertFile, type FileWithTypeRow } from '../files/files.repository.js';
import { currentCount, incrementCounter } from '../rate-limit/rate-limit.repository.js';
import { createWorkOrdersService } from '../work-orders/work-orders.service.js';
import type { WorkOrderRow } from '../work-orders/work-orders.mapping.js';
import { visibleWorkOrderIdsUnder } from '../work-orders/work-orders.repository.js';
import { findIssuedDocument, insertIssuedDocument, listVisibleIssuedDocuments, type IssuedDocumentWithFileRow } from './issued-documents.repository.js';
import { findVisibleAsset } from '../assets/assets.repository.js';
import type { ReportLanguage } from './report-words.js';
import { renderServiceReport, type ServiceReportContent } from './service-report-pdf.js';
import type { IssuedDocument, ServiceReportInput, Verification } from './service-reports.mapping.js';
import { signatureImage } from '../signatures/signature-image.js';
import { newVerificationCode, normalizeVerificationCode, SHA256_HEX } from './verification-code.js';

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

/** Public verification: enough for a person checking documents by hand, too few to walk the code space. */
export const VERIFICATIONS_PER_IP_PER_MINUTE = 30;

/** A list of documents (a work order's, a passport's) holds this many, the newest. */
const LISTED_DOCUMENTS = 200;

function toIssuedDocument({ document_id, kind, verification_code, document_sha256, work_order_id, issued_at, ...file }: IssuedDocumentWithFileRow, scope: AccessScope): IssuedDocument {
  return { id: document_id, kind, verificationCode: verification_code, sha256: document_sha256, workOrderId: work_order_id, issuedAt: issued_at, file: toFile(file, scope.language) };
}

/** "Acme Service <service@acme.example>" → "Acme Service": the company as its mail signs. */
function issuerName(mailFrom: string): string {
  const name = mailFrom.replace(/<[^>]*>/, '').replace(/"/g, '').trim();
  return name || mailFrom;
}

function siteAddress(site: { street: string | null; postal_code: string | null; city: string | null; country: string | null }): string | null {
  const place = [site.postal_code, site.city].filter(Boolean).join(' ');
  return [site.street, place, site.country].filter(Boolean).join(', ') || null;
}

async function reportFacts(db: DbExecutor, workOrder: WorkOrderRow) {
  const [customer, site, asset, technicians] = await Promise.all([
    db.selectFrom('customers').select('name').where('id', '=', workOrder.customer_id).executeTakeFirstOrThrow(),
    workOrder.site_id ? db.selectFrom('sites').select(['name', 'street', 'postal_code', 'city', 'country']).where('id', '=', workOrder.site_id).executeTakeFirst() : undefined,
    workOrder.asset_id ? db.selectFrom('assets').select(['name', 'serial_number', 'manufacturer', 'model']).where('id', '=', workOrder.asset_id).executeTakeFirst() : undefined,
    db
      .selectFrom('work_order_assignees')
      .innerJoin('users', 'users.id', 'work_order_assignees.user_id')
      .select('users.display_name')
      .where('work_order_assignees.work_order_id', '=', workOrder.id)
      .orderBy('users.display_name')
      .execute(),
  ]);
  return {
    customerName: customer.name,
    site: site ? { name: site.name, address: siteAddress(site) } : null,
    asset: asset ? { name: asset.name, serialNumber: asset.serial_number, manufacturer: asset.manufacturer, model: asset.model } : null,
    technicians: technicians.map((row) => row.display_name),
  };
}

export type ServiceReportsService = ReturnType<typeof createServiceReportsService>;

export function createServiceReportsService(ctx: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  const { db, clock, config } = ctx;
  const store = createFileStore(config.dataDir);
  const workOrders = createWorkOrdersService(ctx);

  async function fileTypeFor(kind: IssuedDocumentKind, fileTypeId: string | undefined) {
    const type = fileTypeId
      ? await findUsableFileType(db, fileTypeId, true)
      : await db.selectFrom('file_types').selectAll().where('purpose', '=', kind).where('archived_at', 'is', null).where('customer_visible', '=', 1).executeTakeFirst();
    if (!type) {
      throw new UnprocessableError(
        fileTypeId ? 'fileTypeId: no such customer-visible file type.' : 'fileTypeId: no customer-visible file type is kept for this kind of document; choose one.',
        'invalid_reference',
      );
    }
    return type;
  }

  return {
    /**
     * Issues a service report or certificate for a completed work order: renders the PDF with a fresh
     * verification code, stores it as a customer-visible file on the work order and records its hash.
     */
    async issue(scope: AccessScope, workOrderId: string, input: ServiceReportInput, facts: Facts): Promise<IssuedDocument> {
      const workOrder = await workOrders.getVisible(scope, workOrderId);
      assertStaffMay(scope.principal, 'manage_records');
      if (workOrder.status !== 'completed' || workOrder.archived_at) {
        throw new ConflictError('A report can be issued only for a completed work order.', 'work_order_not_completed');
      }
      const kind = input.kind ?? (workOrder.kind === 'calibration' ? 'calibration_certificate' : 'service_report');
      const fileType = await fileTypeFor(kind, input.fileTypeId);
      const language: ReportLanguage = input.language ?? (scope.language === 'de' ? 'de' : 'en');
      const issuedAt = clock();
      const verificationCode = newVerificationCode();
      const content: ServiceReportContent = {
        kind,
        language,
        issuer: issuerName(config.mailFrom),
        workOrder: { number: workOrder.number, title: workOrder.title, kind: workOrder.kind, plannedStart: workOrder.planned_start, completedAt: workOrder.completed_at },
        ...(await reportFacts(db, workOrder)),
        workDone: input.workDone,
        parts: input.parts ?? [],
        signature: input.signature ? { name: input.signature.name, png: signatureImage(input.signature.image, 'signature.image') } : null,
        verificationCode,
        verifyUrl: `${config.publicUrl}/verify/${verificationCode}`,
        issuedAt,
      };
      let pdf: Buffer;
      try {
        pdf = await renderServiceReport(content);
      } catch (error) {
        // pdfkit refuses PNGs it cannot decode (interlaced, truncated): the signature is the only image.
        if (content.signature) throw new UnprocessableError(`signature.image: the image cannot be read (${(error as Error).message}).`, 'invalid_signature');
        throw error;
      }
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      const pending = await store.receive(Readable.from([pdf]));
      await store.commit(pending);

      const now = issuedAt.toISOString();
      const file: FileWithTypeRow = {
        id: newId(),
        customer_id: workOrder.customer_id,
        site_id: workOrder.site_id,
        resource_type: 'work_order',
        resource_id: workOrder.id,
        file_type_id: fileType.id,
        filename: `${kind === 'calibration_certificate' ? 'certificate' : 'service-report'}-${workOrder.number}-${verificationCode}.pdf`,
        content_type: 'application/pdf',
        size_bytes: pdf.length,
        sha256,
        uploaded_by_user_id: scope.principal.userId,
        created_at: now,
        archived_at: null,
        file_type_name: fileType.name,
        file_type_name_translations: fileType.name_translations,
        customer_visible: fileType.customer_visible,
      };
      const { file_type_name: _name, file_type_name_translations: _names, customer_visible: _visible, ...fileRow } = file;
      const document = {
        id: newId(),
        verification_code: verificationCode,
        sha256,
        kind,
        file_id: file.id,
        work_order_id: workOrder.id,
        customer_id: workOrder.customer_id,
        issued_by_user_id: scope.principal.userId,
        issued_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await insertFile(trx, fileRow);
        await insertIssuedDocument(trx, document);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'file',
          resourceId: file.id,
          customerId: file.customer_id,
          after: { ...toFile(file), issuedDocument: { kind, verificationCode, workOrderId: workOrder.id } },
        });
      });
      return { id: document.id, kind, verificationCode, sha256, workOrderId: workOrder.id, issuedAt: now, file: toFile(file, scope.language) };
    },

    /** The reports and certificates of a work order the reader may see, newest first. */
    async listForWorkOrder(scope: AccessScope, workOrderId: string): Promise<IssuedDocument[]> {
      await workOrders.getVisible(scope, workOrderId);
      return (await listVisibleIssuedDocuments(db, scope, [workOrderId], LISTED_DOCUMENTS)).map((row) => toIssuedDocument(row, scope));
    },

    /** The reports and certificates of the work on an asset and everything under it (its passport), newest first. */
    async listForAsset(scope: AccessScope, assetId: string): Promise<IssuedDocument[]> {
      const asset = await findVisibleAsset(db, scope, assetId);
      if (!asset) throw new NotFoundError('Asset not found.');
      const workOrderIds = visibleWorkOrderIdsUnder(db, scope, { rootId: asset.root_id, path: asset.path });
      return (await listVisibleIssuedDocuments(db, scope, workOrderIds, LISTED_DOCUMENTS)).map((row) => toIssuedDocument(row, scope));
    },

    /**
     * Public: was a document with this code (as printed) or this SHA-256 issued, and when. Counted per
     * address before the lookup, so guessing costs the same whether a code exists or not.
     */
    async verify(codeOrHash: string, ip: string | null): Promise<Verification> {
      const now = clock();
      if (ip) {
        const count = await incrementCounter(db, `verify-ip:${ip}`, now, 60);
        if (count > VERIFICATIONS_PER_IP_PER_MINUTE) throw new RateLimitedError((await currentCount(db, `verify-ip:${ip}`, now, 60)).retryAfterSeconds);
      }
      const trimmed = codeOrHash.trim();
      const lookup = SHA256_HEX.test(trimmed) ? { sha256: trimmed.toLowerCase() } : { code: normalizeVerificationCode(trimmed) };
      const row = 'sha256' in lookup || lookup.code ? await findIssuedDocument(db, lookup) : undefined;
      if (!row) throw new NotFoundError('No document with this code or hash was issued.');
      return { issued: true, verificationCode: row.verification_code, sha256: row.sha256, issuedAt: row.issued_at };
    },
  };
}
